// One page of a region's audit entries, newest first; the id breaks ties between equal timestamps.
MATCH (a:AuditEntry)
USING INDEX a:AuditEntry(region, at)
WHERE a.region = $regionId AND a.at >= $from AND a.at < $to
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.method AS method, a.path AS path, a.region AS regionId,
       a.entityKind AS entityKind, a.entityId AS entityId, a.status AS status, a.dataVersion AS dataVersion,
       a.requestId AS requestId
ORDER BY a.at DESC, a.id DESC
SKIP $offset
LIMIT $limit

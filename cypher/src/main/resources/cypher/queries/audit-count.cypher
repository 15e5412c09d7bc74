MATCH (a:AuditEntry)
USING INDEX a:AuditEntry(region, at)
WHERE a.region = $regionId AND a.at >= $from AND a.at < $to
RETURN count(a) AS total

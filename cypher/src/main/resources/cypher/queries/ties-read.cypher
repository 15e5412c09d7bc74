// Each tie once, as its start member's outgoing COLLABORATES_WITH; members without ties are left out.
// Ends are internal node ids, mapped with the members read alongside: an end that is not among them
// (a member of an unpublished staged import) drops the tie.
MATCH (m:Member {regionId: $regionId})
USING INDEX SEEK m:Member(regionId)
WHERE m.importId IS NULL OR m.importId IN $published
WITH m, [(m)-[t:COLLABORATES_WITH]->(o) | [id(o), t.kind, t.sinceYear, t.untilYear, t.weight]] AS ties
WHERE size(ties) > 0
RETURN id(m) AS nid, ties

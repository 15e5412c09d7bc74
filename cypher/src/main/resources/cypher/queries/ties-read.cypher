// Each tie once, as its start member's outgoing COLLABORATES_WITH; members without ties are left out.
MATCH (m:Member {regionId: $regionId})
USING INDEX m:Member(regionId)
WHERE m.importId IS NULL OR m.importId IN $published
WITH m, [(m)-[t:COLLABORATES_WITH]->(o:Member) WHERE o.importId IS NULL OR o.importId IN $published
         | [o.id, t.kind, t.sinceYear, t.untilYear, t.weight]] AS ties
WHERE size(ties) > 0
RETURN m.id AS id, ties

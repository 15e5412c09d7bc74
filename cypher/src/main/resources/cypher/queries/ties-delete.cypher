UNWIND $rows AS row
MATCH (a:Member {regionId: $regionId, id: row.a})-[t:COLLABORATES_WITH {kind: row.kind}]->(b:Member {regionId: $regionId, id: row.b})
USING INDEX SEEK a:Member(regionId, id) USING INDEX SEEK b:Member(regionId, id)
DELETE t
RETURN count(*) AS deleted

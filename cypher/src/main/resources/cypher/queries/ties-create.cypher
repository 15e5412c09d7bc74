UNWIND $rows AS row
MATCH (a:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK a:Member(regionId, id)
MATCH (b:Member {regionId: $regionId, id: row.b})
USING INDEX SEEK b:Member(regionId, id)
CREATE (a)-[:COLLABORATES_WITH {kind: row.kind, sinceYear: row.sinceYear, untilYear: row.untilYear, weight: row.weight}]->(b)
RETURN count(*) AS written

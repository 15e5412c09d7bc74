UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK m:Member(regionId, id)
MATCH (q:Question {regionId: $regionId, id: row.b})
USING INDEX SEEK q:Question(regionId, id)
CREATE (m)-[:ASKS]->(q)
RETURN count(*) AS written

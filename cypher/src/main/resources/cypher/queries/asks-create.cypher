UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
MATCH (q:Question {regionId: $regionId, id: row.b})
CREATE (m)-[:ASKS]->(q)
RETURN count(*) AS written

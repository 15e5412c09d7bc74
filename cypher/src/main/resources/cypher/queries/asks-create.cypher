UNWIND $rows AS row
MATCH (m:Member {regionId: row.ar, id: row.a})
USING INDEX m:Member(regionId, id)
MATCH (q:Question {regionId: row.br, id: row.b})
USING INDEX q:Question(regionId, id)
CREATE (m)-[:ASKS]->(q)
RETURN count(*) AS written

UNWIND $rows AS row
MATCH (q:Question {regionId: $regionId, id: row.a})
USING INDEX SEEK q:Question(regionId, id)
MATCH (t:Theme {id: row.b})
CREATE (q)-[:ABOUT]->(t)
RETURN count(*) AS written

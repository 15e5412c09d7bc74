UNWIND $rows AS row
MATCH (q:Question {regionId: row.ar, id: row.a})
USING INDEX q:Question(regionId, id)
MATCH (t:Theme {id: row.b})
CREATE (q)-[:ABOUT]->(t)
RETURN count(*) AS written

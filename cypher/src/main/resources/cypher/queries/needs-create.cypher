UNWIND $rows AS row
MATCH (q:Question {regionId: $regionId, id: row.a})
MATCH (k:Skill {id: row.b})
CREATE (q)-[:NEEDS]->(k)
RETURN count(*) AS written

UNWIND $rows AS row
MATCH (q:Question {regionId: $regionId, id: row.a})
USING INDEX SEEK q:Question(regionId, id)
MATCH (k:Skill {id: row.b})
CREATE (q)-[:NEEDS]->(k)
RETURN count(*) AS written

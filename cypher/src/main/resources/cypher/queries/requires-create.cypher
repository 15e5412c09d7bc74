UNWIND $rows AS row
MATCH (p:Project {regionId: $regionId, id: row.a})
MATCH (k:Skill {id: row.b})
CREATE (p)-[:REQUIRES {level: row.level, importance: row.importance}]->(k)
RETURN count(*) AS written

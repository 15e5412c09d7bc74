UNWIND $rows AS row
MATCH (p:Project {regionId: $regionId, id: row.a})
USING INDEX SEEK p:Project(regionId, id)
MATCH (k:Skill {id: row.b})
CREATE (p)-[:REQUIRES {level: row.level, importance: row.importance}]->(k)
RETURN count(*) AS written

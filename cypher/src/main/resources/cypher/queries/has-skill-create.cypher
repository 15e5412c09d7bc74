UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK m:Member(regionId, id)
MATCH (k:Skill {id: row.b})
CREATE (m)-[:HAS_SKILL {level: row.level}]->(k)
RETURN count(*) AS written

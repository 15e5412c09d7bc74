UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK m:Member(regionId, id)
MATCH (p:Project {regionId: $regionId, id: row.b})
USING INDEX SEEK p:Project(regionId, id)
CREATE (m)-[:PARTICIPATES_IN {role: row.role, fromYear: row.fromYear, toYear: row.toYear}]->(p)
RETURN count(*) AS written

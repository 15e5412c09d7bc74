UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
MATCH (p:Project {regionId: $regionId, id: row.b})
CREATE (m)-[:PARTICIPATES_IN {role: row.role, fromYear: row.fromYear, toYear: row.toYear}]->(p)
RETURN count(*) AS written

UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK m:Member(regionId, id)
MATCH (o:Member {regionId: $regionId, id: row.b})
USING INDEX SEEK o:Member(regionId, id)
CREATE (m)-[:SUPPLIES]->(o)
RETURN count(*) AS written

UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
MATCH (o:Member {regionId: $regionId, id: row.b})
CREATE (m)-[:SUPPLIES]->(o)
RETURN count(*) AS written

UNWIND $rows AS row
MATCH (m:Member {regionId: row.ar, id: row.a})
USING INDEX m:Member(regionId, id)
MATCH (o:Member {regionId: row.br, id: row.b})
USING INDEX o:Member(regionId, id)
CREATE (m)-[:SUPPLIES]->(o)
RETURN count(*) AS written

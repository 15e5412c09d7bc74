UNWIND $rows AS row
MATCH (p:Project {regionId: $regionId, id: row.a})
USING INDEX SEEK p:Project(regionId, id)
MATCH (t:Theme {id: row.b})
CREATE (p)-[:ADDRESSES]->(t)
RETURN count(*) AS written

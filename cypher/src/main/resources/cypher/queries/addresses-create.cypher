UNWIND $rows AS row
MATCH (p:Project {regionId: $regionId, id: row.a})
MATCH (t:Theme {id: row.b})
CREATE (p)-[:ADDRESSES]->(t)
RETURN count(*) AS written

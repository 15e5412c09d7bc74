UNWIND $rows AS row
MATCH (a:Member {regionId: $regionId, id: row.a})
MATCH (b:Member {regionId: $regionId, id: row.b})
CREATE (a)-[:COLLABORATES_WITH {kind: row.kind, sinceYear: row.sinceYear, untilYear: row.untilYear, weight: row.weight}]->(b)
RETURN count(*) AS written

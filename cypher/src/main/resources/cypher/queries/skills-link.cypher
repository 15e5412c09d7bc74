UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
MATCH (b:Skill {id: row.broaderId})
CREATE (s)-[:BROADER]->(b)
RETURN count(*) AS written

UNWIND $rows AS row
MATCH (s:Sector {code: row.code})
MATCH (p:Sector {code: row.parentCode})
CREATE (s)-[:PART_OF]->(p)
RETURN count(*) AS written

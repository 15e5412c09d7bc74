UNWIND $rows AS row
MERGE (s:Skill {id: row.id})
ON CREATE SET s.importId = $importId

UNWIND $rows AS row
MERGE (s:Skill {id: row.id})
SET s.name = row.name, s.`group` = row.group
REMOVE s.importId

UNWIND $rows AS row
MERGE (s:Sector {code: row.code})
SET s.scheme = row.scheme, s.name = row.name, s.level = row.level
REMOVE s.importId

UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
ON CREATE SET t.importId = $importId

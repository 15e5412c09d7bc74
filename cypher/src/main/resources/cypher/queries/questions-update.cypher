UNWIND $rows AS row
MERGE (q:Question {regionId: $regionId, id: row.id})
SET q = row, q.regionId = $regionId

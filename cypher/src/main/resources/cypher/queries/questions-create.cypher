UNWIND $rows AS row
CREATE (q:Question)
SET q = row, q.regionId = $regionId, q.importId = $importId

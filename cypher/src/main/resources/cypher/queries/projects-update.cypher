UNWIND $rows AS row
MERGE (p:Project {regionId: $regionId, id: row.id})
SET p = row, p.regionId = $regionId

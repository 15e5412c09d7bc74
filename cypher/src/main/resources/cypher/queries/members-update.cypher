UNWIND $rows AS row
MERGE (m:Member {regionId: $regionId, id: row.id})
SET m = row, m.regionId = $regionId

UNWIND $rows AS row
MERGE (c:ValueChain {regionId: $regionId, id: row.id})
SET c = row, c.regionId = $regionId

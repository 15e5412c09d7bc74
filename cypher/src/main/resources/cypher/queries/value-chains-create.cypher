UNWIND $rows AS row
CREATE (c:ValueChain)
SET c = row, c.regionId = $regionId, c.importId = $importId

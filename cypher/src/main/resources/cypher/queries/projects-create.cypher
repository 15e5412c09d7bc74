UNWIND $rows AS row
CREATE (p:Project)
SET p = row, p.regionId = $regionId, p.importId = $importId

MATCH (r:Region {id: $regionId})
SET r.dataVersion = r.dataVersion + 1
RETURN r.dataVersion AS version

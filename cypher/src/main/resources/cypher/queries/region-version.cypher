MATCH (r:Region {id: $regionId})
RETURN r.dataVersion AS version

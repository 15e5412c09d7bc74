// First statement of every write: taking the Region's write lock here serialises writers per region.
MERGE (r:Region {id: $regionId})
ON CREATE SET r.dataVersion = 0
SET r.name = $name, r.country = $country, r.dataVersion = r.dataVersion + 1
RETURN r.dataVersion AS version

MATCH (r:Region {id: $regionId})
RETURN r.id AS id, r.name AS name, r.country AS country, r.dataVersion AS version,
       coalesce(r.publishedImports, []) AS published

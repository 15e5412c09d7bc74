MATCH (r:Region)
RETURN r.id AS id, r.name AS name, r.country AS country
ORDER BY id

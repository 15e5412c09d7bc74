MATCH (t:Theme)
WHERE t.importId IS NULL
RETURN t.id AS id, t.name AS name

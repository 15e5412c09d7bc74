MATCH (t:Theme)
WHERE t.importId IS NULL
RETURN id(t) AS nid, t.id AS id, t.name AS name

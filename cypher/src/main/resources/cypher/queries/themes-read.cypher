MATCH (t:Theme)
RETURN t.id AS id, t.name AS name

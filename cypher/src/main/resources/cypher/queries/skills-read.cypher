MATCH (s:Skill)
WHERE s.importId IS NULL
RETURN id(s) AS nid, s.id AS id, s.name AS name, s.`group` AS group,
       head([(s)-[:BROADER]->(b:Skill) | b.id]) AS broaderId

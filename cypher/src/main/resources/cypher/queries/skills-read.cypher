MATCH (s:Skill)
RETURN s.id AS id, s.name AS name, s.`group` AS group,
       head([(s)-[:BROADER]->(b:Skill) | b.id]) AS broaderId

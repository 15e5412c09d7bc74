MATCH (q:Question {regionId: $regionId})
RETURN q.id AS id, head([(m:Member)-[:ASKS]->(q) | m.id]) AS memberId, q.text AS text,
       q.askedOn AS askedOn, q.status AS status,
       [(q)-[:NEEDS]->(k:Skill) | k.id] AS needs,
       [(q)-[:ABOUT]->(t:Theme) | t.id] AS themes

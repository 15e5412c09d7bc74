MATCH (q:Question {regionId: $regionId})
USING INDEX SEEK q:Question(regionId)
WHERE q.importId IS NULL OR q.importId IN $published
RETURN q.id AS id, head([(m:Member)-[:ASKS]->(q) | m.id]) AS memberId, q.text AS text,
       q.askedOn AS askedOn, q.status AS status,
       [(q)-[:NEEDS]->(k) | id(k)] AS needs,
       [(q)-[:ABOUT]->(t) | id(t)] AS themes

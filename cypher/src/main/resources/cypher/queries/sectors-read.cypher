MATCH (s:Sector)
WHERE s.importId IS NULL
RETURN id(s) AS nid, s.code AS code, s.scheme AS scheme, s.name AS name, s.level AS level,
       head([(s)-[:PART_OF]->(p:Sector) | p.code]) AS parentCode

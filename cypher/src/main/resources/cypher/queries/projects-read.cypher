MATCH (p:Project {regionId: $regionId})
USING INDEX SEEK p:Project(regionId)
WHERE p.importId IS NULL OR p.importId IN $published
RETURN p.id AS id, p.name AS name, p.startYear AS startYear, p.endYear AS endYear, p.status AS status,
       [(m:Member)-[r:PARTICIPATES_IN]->(p) | [m.id, r.role, r.fromYear, r.toYear]] AS participants,
       [(p)-[r:REQUIRES]->(k) | [id(k), r.level, r.importance]] AS requires,
       [(p)-[:ADDRESSES]->(t) | id(t)] AS themes

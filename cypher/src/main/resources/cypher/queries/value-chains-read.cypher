MATCH (c:ValueChain {regionId: $regionId})
USING INDEX SEEK c:ValueChain(regionId)
WHERE c.importId IS NULL OR c.importId IN $published
RETURN c.id AS id, c.name AS name,
       [(c)-[:HAS_STEP]->(s:ChainStep) | [s.id, s.name, s.position,
           [(s)-[:NEEDS_SECTOR]->(x) | id(x)],
           [(s)-[:NEEDS_SKILL]->(k) | id(k)]]] AS steps

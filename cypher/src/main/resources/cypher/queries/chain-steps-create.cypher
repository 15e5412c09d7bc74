UNWIND $rows AS row
MATCH (c:ValueChain {regionId: $regionId, id: row.a})
USING INDEX SEEK c:ValueChain(regionId, id)
CREATE (c)-[:HAS_STEP]->(s:ChainStep {regionId: $regionId, chainId: row.a, id: row.id, name: row.name, position: row.position, importId: $importId})
RETURN count(*) AS written

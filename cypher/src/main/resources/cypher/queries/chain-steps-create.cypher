UNWIND $rows AS row
MATCH (c:ValueChain {regionId: row.ar, id: row.a})
USING INDEX c:ValueChain(regionId, id)
CREATE (c)-[:HAS_STEP]->(s:ChainStep {regionId: row.ar, chainId: row.a, id: row.id, name: row.name, position: row.position})
RETURN count(*) AS written

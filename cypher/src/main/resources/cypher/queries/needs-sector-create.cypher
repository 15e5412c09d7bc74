UNWIND $rows AS row
MATCH (s:ChainStep {regionId: $regionId, chainId: row.chain, id: row.a})
USING INDEX SEEK s:ChainStep(regionId, chainId, id)
MATCH (x:Sector {code: row.b})
CREATE (s)-[:NEEDS_SECTOR]->(x)
RETURN count(*) AS written

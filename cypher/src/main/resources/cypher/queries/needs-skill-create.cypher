UNWIND $rows AS row
MATCH (s:ChainStep {regionId: $regionId, chainId: row.chain, id: row.a})
USING INDEX SEEK s:ChainStep(regionId, chainId, id)
MATCH (k:Skill {id: row.b})
CREATE (s)-[:NEEDS_SKILL]->(k)
RETURN count(*) AS written

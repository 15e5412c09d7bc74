// Steps are replaced wholesale: they have no identity outside their chain.
UNWIND $ids AS id
MATCH (c:ValueChain {regionId: $regionId, id: id})-[:HAS_STEP]->(s:ChainStep)
USING INDEX SEEK c:ValueChain(regionId, id)
DETACH DELETE s

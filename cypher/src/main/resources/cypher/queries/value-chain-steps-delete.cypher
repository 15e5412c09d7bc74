// Steps are replaced wholesale: they have no identity outside their chain.
UNWIND $ids AS id
MATCH (:ValueChain {regionId: $regionId, id: id})-[:HAS_STEP]->(s:ChainStep)
DETACH DELETE s

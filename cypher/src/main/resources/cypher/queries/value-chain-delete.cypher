MATCH (c:ValueChain {regionId: $regionId, id: $id})
USING INDEX SEEK c:ValueChain(regionId, id)
CALL (c) {
  MATCH (c)-[:HAS_STEP]->(s:ChainStep)
  DETACH DELETE s
}
DETACH DELETE c
RETURN count(*) AS deleted

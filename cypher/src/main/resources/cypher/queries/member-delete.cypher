// A question has no meaning without the member who asked it, so it goes with the member.
MATCH (m:Member {regionId: $regionId, id: $id})
USING INDEX SEEK m:Member(regionId, id)
CALL (m) {
  MATCH (m)-[:ASKS]->(q:Question)
  DETACH DELETE q
}
DETACH DELETE m
RETURN count(*) AS deleted

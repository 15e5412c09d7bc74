UNWIND $ids AS id
MATCH (q:Question {regionId: $regionId, id: id})
USING INDEX SEEK q:Question(regionId, id)
CALL (q) {
  MATCH (:Member)-[r:ASKS]->(q)
  DELETE r
}
CALL (q) {
  MATCH (q)-[r:NEEDS|ABOUT]->()
  DELETE r
}

UNWIND $ids AS id
MATCH (p:Project {regionId: $regionId, id: id})
USING INDEX SEEK p:Project(regionId, id)
CALL (p) {
  MATCH (:Member)-[r:PARTICIPATES_IN]->(p)
  DELETE r
}
CALL (p) {
  MATCH (p)-[r:REQUIRES|ADDRESSES]->()
  DELETE r
}

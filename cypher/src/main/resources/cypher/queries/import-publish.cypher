// Publishes a staged import at once: readers accept nodes whose importId their region lists. Runs in
// the transaction that also writes the plan's updates and bumps the data version. The counts let the
// writer check that nothing staged went missing (e.g. deleted by a concurrent write).
MATCH (r:Region {id: $regionId})
SET r.publishedImports = coalesce(r.publishedImports, []) + $importId
WITH r
CALL () {
  MATCH (n:Member {importId: $importId}) USING INDEX SEEK n:Member(importId)
  RETURN count(n) AS members
}
CALL () {
  MATCH (n:Project {importId: $importId}) USING INDEX SEEK n:Project(importId)
  RETURN count(n) AS projects
}
CALL () {
  MATCH (n:Question {importId: $importId}) USING INDEX SEEK n:Question(importId)
  RETURN count(n) AS questions
}
CALL () {
  MATCH (n:ValueChain {importId: $importId}) USING INDEX SEEK n:ValueChain(importId)
  RETURN count(n) AS valueChains
}
CALL () {
  MATCH (n:ChainStep {importId: $importId}) USING INDEX SEEK n:ChainStep(importId)
  RETURN count(n) AS steps
}
RETURN members, projects, questions, valueChains, steps

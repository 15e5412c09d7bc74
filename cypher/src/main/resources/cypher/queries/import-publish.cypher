// Publishes a staged import at once: readers accept nodes whose importId their region lists. Runs in
// the transaction that also writes the plan's updates and bumps the data version. The counts let the
// writer check that nothing staged went missing (e.g. deleted by a concurrent write).
MATCH (r:Region {id: $regionId})
SET r.publishedImports = coalesce(r.publishedImports, []) + $importId
WITH r
CALL () {
  MATCH (n:Member {importId: $importId})
  RETURN count(n) AS members
}
CALL () {
  MATCH (n:Project {importId: $importId})
  RETURN count(n) AS projects
}
CALL () {
  MATCH (n:Question {importId: $importId})
  RETURN count(n) AS questions
}
CALL () {
  MATCH (n:ValueChain {importId: $importId})
  RETURN count(n) AS valueChains
}
CALL () {
  MATCH (n:ChainStep {importId: $importId})
  RETURN count(n) AS steps
}
RETURN members, projects, questions, valueChains, steps

// Publishes a staged import: its nodes move from the staging region id to the real one. Runs in the
// transaction that also writes the updates and bumps the data version, so readers see all or nothing.
CALL () {
  MATCH (n:Member {regionId: $stagingId})
  USING INDEX n:Member(regionId)
  SET n.regionId = $regionId
  RETURN count(n) AS members
}
CALL () {
  MATCH (n:Project {regionId: $stagingId})
  USING INDEX n:Project(regionId)
  SET n.regionId = $regionId
  RETURN count(n) AS projects
}
CALL () {
  MATCH (n:Question {regionId: $stagingId})
  USING INDEX n:Question(regionId)
  SET n.regionId = $regionId
  RETURN count(n) AS questions
}
CALL () {
  MATCH (n:ValueChain {regionId: $stagingId})
  USING INDEX n:ValueChain(regionId)
  SET n.regionId = $regionId
  RETURN count(n) AS valueChains
}
CALL () {
  MATCH (n:ChainStep {regionId: $stagingId})
  USING INDEX n:ChainStep(regionId)
  SET n.regionId = $regionId
  RETURN count(n) AS steps
}
RETURN members, projects, questions, valueChains, steps

// Moves a question on only if it is still where the caller saw it (optimistic check), records the
// change as a STATUS_CHANGED self-loop (deleted with the question, untouched by a PUT of the question)
// and bumps the region's data version, all in one statement.
MATCH (q:Question {regionId: $regionId, id: $questionId})
USING INDEX SEEK q:Question(regionId, id)
WHERE coalesce(q.status, 'OPEN') = $fromStatus
SET q.status = $toStatus
CREATE (q)-[:STATUS_CHANGED {fromStatus: $fromStatus, toStatus: $toStatus, on: $on}]->(q)
WITH q
MATCH (r:Region {id: $regionId})
SET r.dataVersion = r.dataVersion + 1
RETURN r.dataVersion AS version

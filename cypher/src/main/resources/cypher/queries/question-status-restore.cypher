// Restores status changes from a backup without moving the questions: each row asks for `times`
// identical changes, and only the ones the question lacks are created, so a restore can be repeated.
UNWIND $rows AS row
MATCH (q:Question {regionId: $regionId, id: row.questionId})
USING INDEX q:Question(regionId, id)
WITH q, row, row.times - COUNT { (q)-[c:STATUS_CHANGED]->(q)
    WHERE c.fromStatus = row.fromStatus AND c.toStatus = row.toStatus AND c.on = row.on } AS missing
WHERE missing > 0
UNWIND range(1, missing) AS i
CREATE (q)-[:STATUS_CHANGED {fromStatus: row.fromStatus, toStatus: row.toStatus, on: row.on}]->(q)
RETURN count(*) AS added

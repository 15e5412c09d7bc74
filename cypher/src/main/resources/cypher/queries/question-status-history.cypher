MATCH (q:Question {regionId: $regionId})-[c:STATUS_CHANGED]->(q)
USING INDEX q:Question(regionId)
RETURN q.id AS questionId, c.fromStatus AS fromStatus, c.toStatus AS toStatus, c.on AS on

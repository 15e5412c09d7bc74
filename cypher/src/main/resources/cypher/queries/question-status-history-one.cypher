MATCH (q:Question {regionId: $regionId, id: $questionId})-[c:STATUS_CHANGED]->(q)
USING INDEX SEEK q:Question(regionId, id)
RETURN q.id AS questionId, c.fromStatus AS fromStatus, c.toStatus AS toStatus, c.on AS on

MATCH (q:Question {regionId: $regionId, id: $id})
USING INDEX SEEK q:Question(regionId, id)
DETACH DELETE q
RETURN count(*) AS deleted

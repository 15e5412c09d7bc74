MATCH (q:Question {regionId: $regionId, id: $id})
DETACH DELETE q
RETURN count(*) AS deleted

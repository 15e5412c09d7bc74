MATCH (p:Project {regionId: $regionId, id: $id})
DETACH DELETE p
RETURN count(*) AS deleted

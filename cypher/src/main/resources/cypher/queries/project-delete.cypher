MATCH (p:Project {regionId: $regionId, id: $id})
USING INDEX SEEK p:Project(regionId, id)
DETACH DELETE p
RETURN count(*) AS deleted

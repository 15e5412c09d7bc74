// The relationships a member owns; PARTICIPATES_IN, ASKS and ties belong to projects, questions and ties.
UNWIND $ids AS id
MATCH (m:Member {regionId: $regionId, id: id})-[r:IN_SECTOR|HAS_SKILL|TEACHES|SUPPLIES|HAS_STAKE]->()
USING INDEX SEEK m:Member(regionId, id)
DELETE r

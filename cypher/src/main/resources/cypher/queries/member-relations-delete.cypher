// The relationships a member owns; PARTICIPATES_IN, ASKS and ties belong to projects, questions and ties.
UNWIND $ids AS id
MATCH (:Member {regionId: $regionId, id: id})-[r:IN_SECTOR|HAS_SKILL|TEACHES|SUPPLIES|HAS_STAKE]->()
DELETE r

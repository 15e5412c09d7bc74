// $pairs holds every (from, to) reading of a tie key, since member ids may themselves contain '|'.
UNWIND $pairs AS pair
MATCH (:Member {regionId: $regionId, id: pair[0]})-[t:COLLABORATES_WITH {kind: $kind}]->(:Member {regionId: $regionId, id: pair[1]})
DELETE t
RETURN count(*) AS deleted

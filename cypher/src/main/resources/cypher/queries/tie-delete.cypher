// $pairs holds every (from, to) reading of a tie key, since member ids may themselves contain '|'.
UNWIND $pairs AS pair
MATCH (a:Member {regionId: $regionId, id: pair[0]})-[t:COLLABORATES_WITH {kind: $kind}]->(b:Member {regionId: $regionId, id: pair[1]})
USING INDEX SEEK a:Member(regionId, id) USING INDEX SEEK b:Member(regionId, id)
DELETE t
RETURN count(*) AS deleted

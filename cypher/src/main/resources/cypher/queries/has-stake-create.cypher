UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK m:Member(regionId, id)
MATCH (t:Theme {id: row.b})
CREATE (m)-[:HAS_STAKE {interest: row.interest, influence: row.influence, stance: row.stance}]->(t)
RETURN count(*) AS written

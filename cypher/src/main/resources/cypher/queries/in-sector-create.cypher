// Relationship writers MATCH both ends and CREATE (the owner's old relationships are already gone);
// the count lets the writer notice a row whose end does not exist instead of dropping it silently.
UNWIND $rows AS row
MATCH (m:Member {regionId: $regionId, id: row.a})
USING INDEX SEEK m:Member(regionId, id)
MATCH (s:Sector {code: row.b})
CREATE (m)-[:IN_SECTOR {primary: row.primary}]->(s)
RETURN count(*) AS written

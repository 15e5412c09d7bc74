// New members only: CREATE is faster than MERGE, and the (regionId, id) constraint turns a member
// that exists after all (a stale plan) into an error instead of a silent overwrite.
UNWIND $rows AS row
CREATE (m:Member)
SET m = row, m.regionId = $regionId, m.importId = $importId

// A written sector's parent is replaced: drop the old PART_OF before sectors-link adds the new one.
UNWIND $rows AS row
MATCH (:Sector {code: row.code})-[old:PART_OF]->()
DELETE old

// A written skill's broader skill is replaced: drop the old BROADER before skills-link adds the new one.
UNWIND $rows AS row
MATCH (:Skill {id: row.id})-[old:BROADER]->()
DELETE old

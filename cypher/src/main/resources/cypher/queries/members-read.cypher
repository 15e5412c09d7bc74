// One row per member with its relationships collected: few, fat rows are the fastest shape over Bolt.
// The importId checks hide the nodes of a staged import that is not published yet (see import-publish).
// Ties come from ties-read, run in parallel.
MATCH (m:Member {regionId: $regionId})
USING INDEX m:Member(regionId)
WHERE m.importId IS NULL OR m.importId IN $published
RETURN m.id AS id, m.name AS name, m.kind AS kind, m.helix AS helix, m.municipality AS municipality,
       m.sizeClass AS sizeClass, m.website AS website, m.publicProfile AS publicProfile,
       m.joined AS joined, m.left AS left,
       [(m)-[r:IN_SECTOR]->(s:Sector) | [s.code, r.primary]] AS sectors,
       [(m)-[r:HAS_SKILL]->(k:Skill) | [k.id, r.level]] AS skills,
       [(m)-[:TEACHES]->(k:Skill) | k.id] AS teaches,
       [(m)-[:SUPPLIES]->(o:Member) WHERE o.importId IS NULL OR o.importId IN $published | o.id] AS suppliesTo,
       [(m)-[r:HAS_STAKE]->(t:Theme) | [t.id, r.interest, r.influence, r.stance]] AS stakes

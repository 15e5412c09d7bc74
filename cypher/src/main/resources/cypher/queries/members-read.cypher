// One row per member with its relationships collected: few, fat rows are the fastest shape over Bolt.
// Taxonomy ends come back as internal node ids (id(), deprecated but still the cheapest: no property
// read per relationship, ~2x faster measured) that the reader maps with the taxonomy it read first.
// The importId checks hide the nodes of a staged import that is not published yet (see import-publish).
MATCH (m:Member {regionId: $regionId})
USING INDEX SEEK m:Member(regionId)
WHERE m.importId IS NULL OR m.importId IN $published
RETURN id(m) AS nid, m.id AS id, m.name AS name, m.kind AS kind, m.helix AS helix,
       m.municipality AS municipality, m.sizeClass AS sizeClass, m.website AS website,
       m.publicProfile AS publicProfile, m.joined AS joined, m.left AS left,
       [(m)-[r:IN_SECTOR]->(s) | [id(s), r.primary]] AS sectors,
       [(m)-[r:HAS_SKILL]->(k) | [id(k), r.level]] AS skills,
       [(m)-[:TEACHES]->(k) | id(k)] AS teaches,
       [(m)-[:SUPPLIES]->(o:Member) WHERE o.importId IS NULL OR o.importId IN $published | o.id] AS suppliesTo,
       [(m)-[r:HAS_STAKE]->(t) | [id(t), r.interest, r.influence, r.stance]] AS stakes

// Taxonomies are shared by every region: one node per key in the whole installation.
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (r:Region) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT sector_code IF NOT EXISTS FOR (s:Sector) REQUIRE s.code IS UNIQUE;
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (s:Skill) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (t:Theme) REQUIRE t.id IS UNIQUE;
// Regional nodes are unique per region: two regions may both have a member "m1".
CREATE CONSTRAINT member_region_id IF NOT EXISTS FOR (m:Member) REQUIRE (m.regionId, m.id) IS UNIQUE;
CREATE CONSTRAINT project_region_id IF NOT EXISTS FOR (p:Project) REQUIRE (p.regionId, p.id) IS UNIQUE;
CREATE CONSTRAINT question_region_id IF NOT EXISTS FOR (q:Question) REQUIRE (q.regionId, q.id) IS UNIQUE;
CREATE CONSTRAINT value_chain_region_id IF NOT EXISTS FOR (c:ValueChain) REQUIRE (c.regionId, c.id) IS UNIQUE;
// A step id is unique within its chain only.
CREATE CONSTRAINT chain_step_region_chain_id IF NOT EXISTS FOR (s:ChainStep) REQUIRE (s.regionId, s.chainId, s.id) IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE;

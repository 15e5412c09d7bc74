// Whole-region reads (snapshots) find a region's nodes by regionId alone.
CREATE INDEX member_region IF NOT EXISTS FOR (m:Member) ON (m.regionId);
CREATE INDEX project_region IF NOT EXISTS FOR (p:Project) ON (p.regionId);
CREATE INDEX question_region IF NOT EXISTS FOR (q:Question) ON (q.regionId);
CREATE INDEX value_chain_region IF NOT EXISTS FOR (c:ValueChain) ON (c.regionId);
CREATE INDEX chain_step_region IF NOT EXISTS FOR (s:ChainStep) ON (s.regionId);

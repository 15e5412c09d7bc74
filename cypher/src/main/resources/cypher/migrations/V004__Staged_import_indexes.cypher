// A large import is staged: its nodes carry importId until the import is published and tidied up.
// Only staged nodes have the property, so these indexes stay tiny; they find what to publish or sweep.
CREATE INDEX member_import IF NOT EXISTS FOR (n:Member) ON (n.importId);
CREATE INDEX project_import IF NOT EXISTS FOR (n:Project) ON (n.importId);
CREATE INDEX question_import IF NOT EXISTS FOR (n:Question) ON (n.importId);
CREATE INDEX value_chain_import IF NOT EXISTS FOR (n:ValueChain) ON (n.importId);
CREATE INDEX chain_step_import IF NOT EXISTS FOR (n:ChainStep) ON (n.importId);
CREATE INDEX sector_import IF NOT EXISTS FOR (n:Sector) ON (n.importId);
CREATE INDEX skill_import IF NOT EXISTS FOR (n:Skill) ON (n.importId);
CREATE INDEX theme_import IF NOT EXISTS FOR (n:Theme) ON (n.importId);

// Staged imports of every region (and staged taxonomy entries, which carry no region) that a crash
// interrupted, with the imports each region lists as published: run at start-up, before any import.
CALL () {
  MATCH (n:Member) USING INDEX n:Member(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:Project) USING INDEX n:Project(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:Question) USING INDEX n:Question(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:ValueChain) USING INDEX n:ValueChain(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:ChainStep) USING INDEX n:ChainStep(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:Sector) USING INDEX n:Sector(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:Skill) USING INDEX n:Skill(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  MATCH (n:Theme) USING INDEX n:Theme(importId) WHERE n.importId IS NOT NULL RETURN n.importId AS id
  UNION
  RETURN null AS id
}
WITH collect(id) AS staged
CALL () {
  MATCH (r:Region) WHERE size(coalesce(r.publishedImports, [])) > 0
  RETURN collect({regionId: r.id, published: r.publishedImports}) AS published
}
RETURN staged, published

// Staged imports of a region that a crash interrupted: unpublished ones are swept, published ones tidied.
OPTIONAL MATCH (r:Region {id: $regionId})
CALL () {
  MATCH (n:Member) USING INDEX n:Member(importId) WHERE n.importId IS NOT NULL AND n.regionId = $regionId RETURN n.importId AS id
  UNION
  MATCH (n:Project) USING INDEX n:Project(importId) WHERE n.importId IS NOT NULL AND n.regionId = $regionId RETURN n.importId AS id
  UNION
  MATCH (n:Question) USING INDEX n:Question(importId) WHERE n.importId IS NOT NULL AND n.regionId = $regionId RETURN n.importId AS id
  UNION
  MATCH (n:ValueChain) USING INDEX n:ValueChain(importId) WHERE n.importId IS NOT NULL AND n.regionId = $regionId RETURN n.importId AS id
  UNION
  RETURN null AS id
}
WITH r, collect(id) AS staged
RETURN staged, coalesce(r.publishedImports, []) AS published

// Only once no node carries the marker any more may the region stop listing the import: a node still
// marked would otherwise vanish from every read.
MATCH (r:Region {id: $regionId})
WHERE NOT EXISTS { MATCH (n:Member {importId: $importId}) }
  AND NOT EXISTS { MATCH (n:Project {importId: $importId}) }
  AND NOT EXISTS { MATCH (n:Question {importId: $importId}) }
  AND NOT EXISTS { MATCH (n:ValueChain {importId: $importId}) }
  AND NOT EXISTS { MATCH (n:ChainStep {importId: $importId}) }
SET r.publishedImports = [id IN r.publishedImports WHERE id <> $importId]
RETURN count(r) AS forgotten

// After publishing, the staging marker is dropped in small transactions; readers do not notice, as
// the region lists the import as published until import-forget.
CALL () {
  MATCH (n:Member {importId: $importId}) USING INDEX SEEK n:Member(importId) RETURN n
  UNION
  MATCH (n:Project {importId: $importId}) USING INDEX SEEK n:Project(importId) RETURN n
  UNION
  MATCH (n:Question {importId: $importId}) USING INDEX SEEK n:Question(importId) RETURN n
  UNION
  MATCH (n:ValueChain {importId: $importId}) USING INDEX SEEK n:ValueChain(importId) RETURN n
  UNION
  MATCH (n:ChainStep {importId: $importId}) USING INDEX SEEK n:ChainStep(importId) RETURN n
}
CALL (n) {
  REMOVE n.importId
} IN TRANSACTIONS OF 10000 ROWS

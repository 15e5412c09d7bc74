// After publishing, the staging marker is dropped in small transactions; readers do not notice, as
// the region lists the import as published until import-forget.
CALL () {
  MATCH (n:Member {importId: $importId}) RETURN n
  UNION
  MATCH (n:Project {importId: $importId}) RETURN n
  UNION
  MATCH (n:Question {importId: $importId}) RETURN n
  UNION
  MATCH (n:ValueChain {importId: $importId}) RETURN n
  UNION
  MATCH (n:ChainStep {importId: $importId}) RETURN n
}
CALL (n) {
  REMOVE n.importId
} IN TRANSACTIONS OF 10000 ROWS

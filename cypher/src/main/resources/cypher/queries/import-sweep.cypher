// Removes everything an unpublished (failed or abandoned) staged import wrote, in small auto-commit
// transactions so that sweeping a large import needs little memory.
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
  UNION
  MATCH (n:Sector {importId: $importId}) RETURN n
  UNION
  MATCH (n:Skill {importId: $importId}) RETURN n
  UNION
  MATCH (n:Theme {importId: $importId}) RETURN n
}
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS

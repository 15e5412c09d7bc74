// Removes everything an unpublished (failed or abandoned) staged import wrote, in small auto-commit
// transactions so that sweeping a large import needs little memory.
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
  UNION
  MATCH (n:Sector {importId: $importId}) USING INDEX SEEK n:Sector(importId) RETURN n
  UNION
  MATCH (n:Skill {importId: $importId}) USING INDEX SEEK n:Skill(importId) RETURN n
  UNION
  MATCH (n:Theme {importId: $importId}) USING INDEX SEEK n:Theme(importId) RETURN n
}
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS

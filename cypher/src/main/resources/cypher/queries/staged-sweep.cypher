// Removes what a failed or abandoned staged import left: nodes under staging region ids starting
// with $prefix, and taxonomy nodes it created (still marked with its importId). Runs as an auto-commit
// query in small transactions, so sweeping a large import needs little memory.
CALL () {
  MATCH (n:Member) WHERE n.regionId STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Project) WHERE n.regionId STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Question) WHERE n.regionId STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:ValueChain) WHERE n.regionId STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:ChainStep) WHERE n.regionId STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Sector) WHERE n.importId = $importId RETURN n
  UNION
  MATCH (n:Skill) WHERE n.importId = $importId RETURN n
  UNION
  MATCH (n:Theme) WHERE n.importId = $importId RETURN n
}
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS

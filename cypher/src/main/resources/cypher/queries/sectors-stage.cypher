// Staged import: sectors new to the installation exist (so staged relationships can point at them)
// but stay hidden from readers until sectors-write removes the marker in the publishing transaction.
UNWIND $rows AS row
MERGE (s:Sector {code: row.code})
ON CREATE SET s.importId = $importId

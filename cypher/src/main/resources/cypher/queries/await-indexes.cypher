// Constraints and indexes are built in the background; bulk writes and reads want them online.
CALL db.awaitIndexes($timeoutSeconds)

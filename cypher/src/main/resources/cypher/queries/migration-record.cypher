// MERGE, not CREATE: two instances starting at once may both apply an idempotent migration.
MERGE (m:__Migration {version: $version})
ON CREATE SET m.description = $description, m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()

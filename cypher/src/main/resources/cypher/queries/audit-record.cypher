// One audit entry; absent (null) fields are simply not set.
CREATE (a:AuditEntry)
SET a = $entry

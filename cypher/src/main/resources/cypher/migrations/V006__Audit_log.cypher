// The audit log: one (:AuditEntry) per successful write, linked to no Region so that it outlives the
// region's deletion. Its region is kept as "region", not "regionId", so that a sweep of everything
// carrying a regionId cannot take the log with it. Read per region, newest first, within a time range.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_region_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.region, a.at);

package org.coopgraph.api.audit;

import java.time.Clock;
import java.util.UUID;
import org.coopgraph.model.port.AuditLog;
import org.coopgraph.model.port.AuditLog.Entry;
import org.coopgraph.model.port.NetworkStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records writes in the {@link AuditLog}, for the HTTP API ({@link AuditInterceptor}) and the command line.
 * A write that succeeded stays done even if its entry cannot be stored (e.g. the database went away in
 * between); that failure is logged loudly instead of turning the answer into an error.
 */
public final class Auditor {

    /** The actor of command-line writes. */
    public static final String CLI = "cli";

    private static final Logger log = LoggerFactory.getLogger(Auditor.class);

    private final AuditLog auditLog;
    private final NetworkStore store;
    private final Clock clock;

    public Auditor(AuditLog auditLog, NetworkStore store, Clock clock) {
        this.auditLog = auditLog;
        this.store = store;
        this.clock = clock;
    }

    /** The write as described; the data version is the region's right after it (null without a region). */
    public void record(AuditedWrite write, String actor, int status, String requestId) {
        try {
            Long version = write.regionId() == null ? null
                    : store.dataVersion(write.regionId()).stream().boxed().findFirst().orElse(null);
            auditLog.record(new Entry(UUID.randomUUID().toString(), clock.instant(), actor, write.method(), write.path(),
                    write.regionId(), write.entityKind(), write.entityId(), status, version, requestId));
        } catch (RuntimeException e) {
            log.error("AUDIT ENTRY LOST: {} {} by {} (status {}, request {}) succeeded but could not be recorded",
                    write.method(), write.path(), actor, status, requestId, e);
        }
    }

    public AuditLog log() {
        return auditLog;
    }
}

package org.coopgraph.model.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who changed what, and when: one entry per successful write. Entries belong to no region's graph, so
 * they outlive the region (a deleted region's history stays readable) and never show up in its data.
 */
public interface AuditLog {

    /**
     * One write. {@code regionId}, {@code entityKind}, {@code entityId} and {@code dataVersion} are null
     * when the write has none (e.g. an installation-wide admin call, or a region deleted by the write).
     */
    record Entry(String id, Instant at, String actor, String method, String path, String regionId,
                 String entityKind, String entityId, int status, Long dataVersion, String requestId) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            if (actor == null || actor.isBlank()) {
                throw new IllegalArgumentException("actor must not be blank");
            }
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be an HTTP status: " + status);
            }
        }
    }

    /** A page of entries, newest first, and how many matched in all. */
    record Slice(List<Entry> entries, long total) {
        public Slice {
            entries = List.copyOf(entries);
        }
    }

    void record(Entry entry);

    /**
     * The region's entries with {@code from <= at < to}, newest first (ties broken by id), skipping
     * {@code offset} and answering at most {@code limit}.
     */
    Slice read(String regionId, Instant from, Instant to, long offset, int limit);
}

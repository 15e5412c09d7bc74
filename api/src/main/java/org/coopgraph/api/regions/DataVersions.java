package org.coopgraph.api.regions;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.coopgraph.model.port.NetworkStore;

/**
 * The data version of each region as last read from the database, reused for {@code ttl}. Every read
 * request needs the version (to pick the cached snapshot and the ETag); asking Neo4j each time was the
 * largest fixed cost of a cached answer under load. Writes through this service call {@link #forget()}
 * when they finish, so a client always reads its own writes; a write by another process (the
 * {@code import} command against a shared Neo4j server) is seen at most {@code ttl} later.
 */
final class DataVersions {

    private record Seen(OptionalLong version, long readAt) {
    }

    private final NetworkStore store;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    // Bumped by every forget(): a read that started before a write must not store what it read after.
    private final AtomicLong writes = new AtomicLong();

    DataVersions(NetworkStore store, Duration ttl, LongSupplier nanoClock) {
        this.store = store;
        this.ttlNanos = ttl.toNanos();
        this.clock = nanoClock;
    }

    /** The region's data version (empty: no such region), at most {@code ttl} old. */
    OptionalLong of(String regionId) {
        long now = clock.getAsLong();
        Seen known = seen.get(regionId);
        if (known != null && now - known.readAt() < ttlNanos) {
            return known.version();
        }
        long writesBefore = writes.get();
        var read = new Seen(store.dataVersion(regionId), now);
        if (ttlNanos > 0 && writes.get() == writesBefore) {
            seen.put(regionId, read);
            // A write finishing between the check above and the put must not leave this older read behind.
            if (writes.get() != writesBefore) {
                seen.remove(regionId, read);
            }
        }
        return read.version();
    }

    /** A write finished (or failed): the next read of every region asks the database again. */
    void forget() {
        writes.incrementAndGet();
        seen.clear();
    }
}

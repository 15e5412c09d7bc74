package org.coopgraph.api.regions;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A number per region as last read from the database (the data version, when embed tokens were last
 * revoked), reused for {@code ttl}. Every read request needs the data version (to pick the cached
 * snapshot and the ETag); asking Neo4j each time was the largest fixed cost of a cached answer under
 * load. Writes through this service call {@link #forget()} when they finish, so a client always reads
 * its own writes; a write by another process (the {@code import} command against a shared Neo4j
 * server) is seen at most {@code ttl} later.
 */
public final class RememberedPerRegion {

    private record Seen(OptionalLong value, long readAt) {
    }

    private final Function<String, OptionalLong> read;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    // Bumped by every forget(): a read that started before a write must not store what it read after.
    private final AtomicLong writes = new AtomicLong();

    public RememberedPerRegion(Function<String, OptionalLong> read, Duration ttl, LongSupplier nanoClock) {
        this.read = read;
        this.ttlNanos = ttl.toNanos();
        this.clock = nanoClock;
    }

    /** The region's value (empty: none, or no such region), at most {@code ttl} old. */
    public OptionalLong of(String regionId) {
        long now = clock.getAsLong();
        Seen known = seen.get(regionId);
        if (known != null && now - known.readAt() < ttlNanos) {
            return known.value();
        }
        long writesBefore = writes.get();
        var fresh = new Seen(read.apply(regionId), now);
        if (ttlNanos > 0 && writes.get() == writesBefore) {
            seen.put(regionId, fresh);
            // A write finishing between the check above and the put must not leave this older read behind.
            if (writes.get() != writesBefore) {
                seen.remove(regionId, fresh);
            }
        }
        return fresh.value();
    }

    /** A write finished (or failed): the next read of every region asks the database again. */
    public void forget() {
        writes.incrementAndGet();
        seen.clear();
    }
}

package org.coopgraph.api.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.RememberedPerRegion;
import org.coopgraph.model.port.EmbedRevocations;

/**
 * Revoking a region's embed tokens: every token issued up to that moment stops opening the region (a
 * leaked snippet is dead at once; the embed pages that should go on need a new snippet). The moment of
 * the last revocation is read at most once per {@code coopgraph.cache.data-version-ttl}; a revocation
 * through this service is seen by the next request, one by another process at most that much later.
 */
public final class EmbedTokenRevocations {

    private final EmbedRevocations store;
    private final RememberedPerRegion revokedBefore;
    private final Clock clock;

    public EmbedTokenRevocations(EmbedRevocations store, Duration ttl, Clock clock) {
        this.store = store;
        this.revokedBefore = new RememberedPerRegion(store::revokedBefore, ttl, System::nanoTime);
        this.clock = clock;
    }

    /** Whether the region revoked its tokens at or after this token was issued. */
    public boolean revoked(EmbedToken grant) {
        var before = revokedBefore.of(grant.regionId());
        return before.isPresent() && grant.issuedAt().toEpochMilli() <= before.getAsLong();
    }

    /** Revokes every token of the region issued until now; 404 if there is no such region. */
    public Instant revokeAll(String regionId) {
        long now = clock.millis();
        try {
            if (!store.revokeBefore(regionId, now)) {
                throw new NotFoundException("region", regionId);
            }
        } finally {
            revokedBefore.forget();
        }
        return Instant.ofEpochMilli(now);
    }
}

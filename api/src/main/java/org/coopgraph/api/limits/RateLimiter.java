package org.coopgraph.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * One token bucket per client (an IP address or a key id), held in a bounded cache: at most
 * {@code maxClients} buckets, each dropped after {@code idleAfter} without a request, so a caller
 * rotating addresses costs at most {@code maxClients} buckets of memory. A dropped bucket comes back
 * full, which is what it would be after {@code burst / perSecond} idle seconds anyway.
 */
public final class RateLimiter {

    /** Whether a request may pass, and if not, how many whole seconds until one may. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private final RateLimitProperties.Rate rate;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(RateLimitProperties.Rate rate, long maxClients, Duration idleAfter, TimeMeter time) {
        this.rate = rate;
        this.time = time;
        // Evictions run on the calling thread: cheap (amortised) and deterministic in tests.
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idleAfter).executor(Runnable::run)
                .ticker(time::currentTimeNanos).build();
    }

    public RateLimiter(RateLimitProperties.Rate rate, long maxClients, Duration idleAfter) {
        this(rate, maxClients, idleAfter, TimeMeter.SYSTEM_NANOTIME);
    }

    public RateLimitProperties.Rate rate() {
        return rate;
    }

    /** Takes one token from {@code client}'s bucket if it has one. */
    public Verdict tryAcquire(String client) {
        ConsumptionProbe probe = buckets.get(client, this::newBucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, 0);
        }
        long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return new Verdict(false, Math.max(1, seconds));
    }

    /** Buckets held now (after dropping expired ones). */
    public long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket(String client) {
        // Greedy refill: tokens trickle in continuously (20/s is one every 50 ms), not in one lump per second.
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
    }
}

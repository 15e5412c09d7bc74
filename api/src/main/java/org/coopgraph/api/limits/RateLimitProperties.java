package org.coopgraph.api.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code coopgraph.limits.rate.*}: token buckets per client IP (checked before authentication, so
 * key guessing is limited too), per API key, and for writes per key (or per IP without a key).
 * A bucket holds {@code burst} requests and refills at {@code per-second}; a client whose bucket is
 * empty gets 429 with {@code Retry-After}. At most {@code max-clients} buckets are kept per limit,
 * and a bucket unused for {@code idle-after} is dropped: a bucket idle for burst / per-second seconds
 * is full again anyway, so dropping it later than that loses nothing. {@code trusted-proxy}: take the
 * client address from the last {@code X-Forwarded-For} entry (only behind one reverse proxy that sets it).
 */
@ConfigurationProperties("coopgraph.limits.rate")
public record RateLimitProperties(Boolean enabled, Rate perIp, Rate perKey, Rate writes, Long maxClients,
                                  Duration idleAfter, Boolean trustedProxy) {

    /** {@code burst} requests at once, refilled at {@code perSecond} requests per second. */
    public record Rate(long perSecond, long burst) {

        public Rate {
            if (perSecond < 1 || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs per-second >= 1 and burst >= 1 (was "
                        + perSecond + " and " + burst + ")");
            }
        }
    }

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        perIp = perIp == null ? new Rate(20, 100) : perIp;
        perKey = perKey == null ? new Rate(50, 250) : perKey;
        writes = writes == null ? new Rate(5, 20) : writes;
        maxClients = maxClients == null ? 100_000L : maxClients;
        idleAfter = idleAfter == null ? Duration.ofMinutes(1) : idleAfter;
        trustedProxy = trustedProxy != null && trustedProxy;
        if (maxClients < 1) {
            throw new IllegalArgumentException("coopgraph.limits.rate.max-clients must be 1 or more (was " + maxClients + ")");
        }
    }
}

package org.coopgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand; buckets and the bucket cache both read it. */
    static final class ManualTime implements TimeMeter {
        long nanos = 1_000_000_000L;

        void advance(Duration by) {
            nanos += by.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final ManualTime time = new ManualTime();

    private RateLimiter limiter(long perSecond, long burst) {
        return new RateLimiter(new RateLimitProperties.Rate(perSecond, burst), 1000, Duration.ofMinutes(1), time);
    }

    @Test
    void theBurstPassesAndTheNextRequestIsRefusedWithRetryAfterOneSecond() {
        RateLimiter limiter = limiter(2, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).as("request %d of the burst", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isEqualTo(new RateLimiter.Verdict(false, 1));
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        RateLimiter limiter = limiter(2, 5);
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a");
        }
        time.advance(Duration.ofMillis(499));
        assertThat(limiter.tryAcquire("a").allowed()).as("half a token after 499 ms at 2/s").isFalse();
        time.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire("a").allowed()).as("one token after 500 ms").isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        time.advance(Duration.ofSeconds(10));
        int passed = 0;
        while (limiter.tryAcquire("a").allowed()) {
            passed++;
        }
        assertThat(passed).as("a refilled bucket holds the burst, not more").isEqualTo(5);
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        RateLimiter limiter = limiter(1, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        assertThat(limiter.tryAcquire("b").allowed()).isFalse();
    }

    @Test
    void aCallerRotatingAddressesCannotGrowTheBucketsPastTheMaximum() {
        var limiter = new RateLimiter(new RateLimitProperties.Rate(20, 100), 100, Duration.ofMinutes(1), time);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.tryAcquire("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)).allowed()).isTrue();
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(100);
    }

    @Test
    void idleBucketsAreDropped() {
        var limiter = new RateLimiter(new RateLimitProperties.Rate(20, 100), 1000, Duration.ofSeconds(30), time);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        time.advance(Duration.ofSeconds(20));
        limiter.tryAcquire("b");
        time.advance(Duration.ofSeconds(15));
        assertThat(limiter.clients()).as("a idle 35 s is gone, b idle 15 s stays").isEqualTo(1);
        time.advance(Duration.ofSeconds(30));
        assertThat(limiter.clients()).isZero();
    }
}

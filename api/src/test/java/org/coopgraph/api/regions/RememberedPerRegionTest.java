package org.coopgraph.api.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Region;
import org.coopgraph.model.port.NetworkStore;
import org.junit.jupiter.api.Test;

class RememberedPerRegionTest {

    /** A store that only knows versions and counts how often it was asked. */
    private static final class CountingStore implements NetworkStore {
        final Map<String, Long> versions = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        Runnable duringRead = () -> { };

        @Override
        public List<Region> regions() {
            return List.of();
        }

        @Override
        public OptionalLong dataVersion(String regionId) {
            reads.incrementAndGet();
            Long version = versions.get(regionId);
            duringRead.run();
            return version == null ? OptionalLong.empty() : OptionalLong.of(version);
        }

        @Override
        public long apply(ImportPlan plan) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(String regionId, EntityKind kind, String id) {
            throw new UnsupportedOperationException();
        }
    }

    private final CountingStore store = new CountingStore();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RememberedPerRegion versions = new RememberedPerRegion(store::dataVersion, Duration.ofSeconds(1), now::get);

    @Test
    void shouldAskTheDatabaseOncePerTtl() {
        store.versions.put("r", 3L);

        assertThat(versions.of("r")).hasValue(3);
        now.addAndGet(999_999_999L);
        store.versions.put("r", 4L); // written by another process: not seen within the ttl
        assertThat(versions.of("r")).hasValue(3);
        assertThat(store.reads).hasValue(1);

        now.addAndGet(1L);
        assertThat(versions.of("r")).hasValue(4);
        assertThat(store.reads).hasValue(2);
        assertThat(versions.of("absent")).isEmpty();
    }

    @Test
    void shouldAskAgainAfterAWriteOfThisService() {
        store.versions.put("r", 3L);
        versions.of("r");
        store.versions.put("r", 4L);

        versions.forget();

        assertThat(versions.of("r")).hasValue(4);
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void shouldNotKeepAVersionReadWhileAWriteFinished() {
        store.versions.put("r", 3L);
        // The read returns 3, then a write (to 4) finishes before the reader stores what it read.
        store.duringRead = () -> {
            store.versions.put("r", 4L);
            versions.forget();
        };
        assertThat(versions.of("r")).hasValue(3);
        store.duringRead = () -> { };

        assertThat(versions.of("r")).hasValue(4);
    }

    @Test
    void shouldAskEveryTimeWithAZeroTtl() {
        var uncached = new RememberedPerRegion(store::dataVersion, Duration.ZERO, now::get);
        store.versions.put("r", 1L);

        uncached.of("r");
        uncached.of("r");

        assertThat(store.reads).hasValue(2);
    }
}

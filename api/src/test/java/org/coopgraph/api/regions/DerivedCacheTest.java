package org.coopgraph.api.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopgraph.api.crosssector.TinyRegion;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;

class DerivedCacheTest {

    private static final NetworkSnapshot REGION =
            NetworkSnapshot.empty(new Region("r", "R", "NL"), Taxonomy.of(List.of(), List.of(), List.of()));

    private final DerivedCache cache = new DerivedCache();

    @Test
    void simultaneousFirstCallersShareOneComputation() throws Exception {
        var computations = new AtomicInteger();
        var release = new CountDownLatch(1);
        List<CompletableFuture<String>> callers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            callers.add(CompletableFuture.supplyAsync(() -> cache.get(REGION, "slow", "", () -> {
                computations.incrementAndGet();
                await(release);
                return "result";
            })));
        }
        // Let every caller reach the cache before the one computation finishes.
        Thread.sleep(300);
        release.countDown();
        for (var caller : callers) {
            assertThat(caller.get(10, TimeUnit.SECONDS)).isEqualTo("result");
        }
        assertThat(computations).hasValue(1);
        assertThat(cache.get(REGION, "slow", "", () -> "again")).isEqualTo("result");
    }

    @Test
    void aFailedComputationIsNotCachedAndTheNextCallTriesAgain() {
        assertThatThrownBy(() -> cache.get(REGION, "flaky", "", () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database away");
        assertThat(cache.get(REGION, "flaky", "", () -> "recovered")).isEqualTo("recovered");
    }

    @Test
    void differentParametersAreDifferentEntries() {
        assertThat(cache.get(REGION, "a", "k=1", () -> 1)).isEqualTo(1);
        assertThat(cache.get(REGION, "a", "k=2", () -> 2)).isEqualTo(2);
        assertThat(cache.get(REGION, "a", "k=1", () -> 3)).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aNewerDataVersionDropsTheRegionsOlderEntriesOnly() {
        var calls = new AtomicInteger();
        var v2 = TinyRegion.snapshot("r1", 2);
        var v3 = TinyRegion.snapshot("r1", 3);
        var other = TinyRegion.snapshot("r2", 2);
        cache.get(v2, "a", "", calls::incrementAndGet);
        cache.get(other, "a", "", calls::incrementAndGet);
        assertThat(calls).hasValue(2);

        cache.get(v3, "a", "", calls::incrementAndGet);
        cache.get(other, "a", "", calls::incrementAndGet);
        assertThat(calls).hasValue(3);

        // A request still holding the older snapshot computes again (and is dropped at the next version).
        cache.get(v2, "a", "", calls::incrementAndGet);
        cache.get(v3, "a", "", calls::incrementAndGet);
        assertThat(calls).hasValue(4);
    }
}

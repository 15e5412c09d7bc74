package org.coopgraph.api.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class RenderedBodiesTest {

    @Test
    void shouldRenderOnceForCallersArrivingTogether() throws Exception {
        var bodies = new RenderedBodies(DataSize.ofMegabytes(1));
        var renders = new AtomicInteger();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var first = pool.submit(() -> bodies.get("k", () -> {
                renders.incrementAndGet();
                started.countDown();
                await(release);
                return "x".repeat(2000).getBytes(StandardCharsets.UTF_8);
            }));
            started.await(5, TimeUnit.SECONDS);
            var others = java.util.stream.IntStream.range(0, 3).mapToObj(i -> pool.submit(() -> bodies.get("k", () -> {
                renders.incrementAndGet();
                return new byte[0];
            }))).toList();
            release.countDown();

            assertThat(first.get().identity()).hasSize(2000);
            for (var other : others) {
                assertThat(other.get()).isSameAs(first.get());
            }
            assertThat(renders).hasValue(1);
            // 2000 equal characters compress to a few dozen bytes
            assertThat(first.get().gzip().length).isLessThan(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotKeepAFailureSoTheNextCallerRendersAgain() {
        var bodies = new RenderedBodies(DataSize.ofMegabytes(1));

        assertThatThrownBy(() -> bodies.get("k", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(bodies.get("k", () -> new byte[] {1}).identity()).containsExactly(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

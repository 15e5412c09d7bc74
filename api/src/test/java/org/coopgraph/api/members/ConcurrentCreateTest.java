package org.coopgraph.api.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two coordinators creating the same member at the same moment: one gets 201, the other 409, never
 * two 201s (which would mean the second silently replaced the first).
 */
class ConcurrentCreateTest extends EmbeddedContextTestBase {

    private static final int ROUNDS = 15;
    private static final int CALLERS = 4;

    @Autowired
    CoordinatorKey key;

    @Test
    void ofSimultaneousCreatesOfOneIdExactlyOneSucceedsAndTheOthersConflict() throws Exception {
        var api = new FeatureClient(port, key.value());
        String region = "it-concurrent-create";
        assertThat(api.post("/api/regions/" + region + "/import", exampleDocument(region)).statusCode()).isEqualTo(200);

        for (int round = 0; round < ROUNDS; round++) {
            String body = """
                    {"id": "race-%d", "name": "Race %d", "kind": "COMPANY", "helix": "INDUSTRY",
                     "sectors": [{"code": "10", "primary": true}]}""".formatted(round, round);
            var start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.post("/api/regions/" + region + "/members", body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).as("round %d", round).containsExactly(201, 409, 409, 409);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

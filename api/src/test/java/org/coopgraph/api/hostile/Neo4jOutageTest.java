package org.coopgraph.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.config.EmbeddedNeo4j;
import org.coopgraph.api.hostile.OutageTraffic.Call;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Neo4j stops for a few seconds and starts again while readers and writers keep calling: during the
 * outage only 503 problems with Retry-After, never a 500; afterwards full service within a bound; and
 * every write that was acknowledged is there with exactly its content, none half there.
 */
class Neo4jOutageTest extends EmbeddedContextTestBase {

    static final String REGION = "outage";
    static final int READERS = 3;
    static final int WRITERS = 2;
    /** Long enough for calls caught in flight to end (4 s receive timeout, 1 s of retries) and fresh ones to be refused. */
    static final long OUTAGE_MILLIS = 8_000;
    static final long RECOVERY_BOUND_MILLIS = 15_000;

    @Autowired
    EmbeddedNeo4j database;

    @Autowired
    CoordinatorKey key;

    @Test
    void answers503DuringAnOutageRecoversAndLosesNoAcknowledgedWrite() throws Exception {
        var api = new FeatureClient(port, key.value());
        assertThat(api.post("/api/regions/" + REGION + "/import", FeatureClient.exampleDocument(REGION)).statusCode()).isEqualTo(200);
        var traffic = new OutageTraffic(port, key.value(), REGION);
        int membersBefore = traffic.memberIds().size();
        var calls = new ConcurrentLinkedQueue<Call>();
        var running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(READERS + WRITERS);
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            pool.submit(() -> traffic.read(reader, running, calls));
        }
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(() -> traffic.write(writer, running, calls));
        }
        Thread.sleep(1_500);
        long stopped;
        long restarted;
        try {
            database.stop();
            stopped = System.nanoTime();
            Thread.sleep(OUTAGE_MILLIS);
        } finally {
            restarted = System.nanoTime();
            database.start();
        }
        long recovered = traffic.awaitRecovery(calls, restarted, RECOVERY_BOUND_MILLIS);
        Thread.sleep(1_500);
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Call> all = List.copyOf(calls);
        assertThat(all.stream().filter(c -> !c.problems().isEmpty()).map(Call::toString))
                .as("answers other than 2xx or a clean 503").isEmpty();
        List<Call> withinOutage = all.stream().filter(c -> c.started() > stopped && c.ended() < restarted).toList();
        assertThat(withinOutage).as("calls made entirely during the outage").isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(503));
        assertThat(recovered - restarted).as("nanoseconds from restart to the first success")
                .isLessThan(TimeUnit.MILLISECONDS.toNanos(RECOVERY_BOUND_MILLIS));
        long settled = recovered + TimeUnit.SECONDS.toNanos(1);
        assertThat(all.stream().filter(c -> c.started() > settled && c.status() != 200 && c.status() != 201).map(Call::toString))
                .as("failures after recovery").isEmpty();

        Set<String> acknowledged = ids(all, 201);
        Set<String> refused = ids(all, 503);
        Set<String> present = traffic.memberIds();
        Set<String> written = present.stream().filter(id -> id.startsWith(OutageTraffic.WRITE_PREFIX))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(acknowledged).as("acknowledged writes").isNotEmpty();
        assertThat(refused).as("writes refused during the outage").isNotEmpty();
        assertThat(written).containsAll(acknowledged);
        assertThat(refused).containsAll(written.stream().filter(id -> !acknowledged.contains(id)).toList());
        int refusedButPresent = written.size() - acknowledged.size();
        assertThat(present).hasSize(membersBefore + acknowledged.size() + refusedButPresent);
        Map<String, JsonNode> stored = new HashMap<>();
        written.forEach(id -> stored.put(id, traffic.member(id)));
        written.forEach(id -> assertThat(stored.get(id)).as("member %s as stored", id).isEqualTo(traffic.expected(id)));
        System.out.printf("outage: %d calls, %d during the outage (all 503), %d writes acknowledged, %d refused"
                        + " (%d of them applied all the same), first success %d ms after restart%n", all.size(),
                withinOutage.size(), acknowledged.size(), refused.size(), refusedButPresent,
                TimeUnit.NANOSECONDS.toMillis(recovered - restarted));
    }

    private static Set<String> ids(List<Call> calls, int status) {
        return calls.stream().filter(c -> c.writtenId() != null && c.status() == status).map(Call::writtenId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

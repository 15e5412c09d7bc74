package org.coopgraph.api.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.RegionDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8's load run against this test server on 127.0.0.1: a synthetic region of 10,000 members,
 * then 60 s at 200 requests/s (CI; the bench runs 10 minutes) of the {@link LoadPlan} mix, open loop. Asserts no errors and at least
 * 90 % of the rate achieved; prints throughput, p50/p95/p99 per kind and the heap after a GC. The rate
 * limits of the shared test context are set far above the load (see EmbeddedContextTestBase). Skipped
 * when the machine is already busy (load average of twice its cores or more) unless asked for explicitly.
 * The bench variant: {@code bench/load.sh} or {@code -Dcoopgraph.load.minutes=10}; also
 * {@code coopgraph.load.rate}, {@code .members}, {@code .version-writes-per-minute}.
 */
class LoadRunTest extends EmbeddedContextTestBase {

    private static final long SEED = 20240301L;

    @Autowired
    RegionNetworks regions;

    @Autowired
    CoordinatorKey key;

    @Test
    void theMixedLoadIsServedAtTheRateWithoutErrors() throws Exception {
        String asked = System.getProperty("coopgraph.load.minutes");
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        // On a machine already running other builds the figures say nothing about coopgraph; CI's is idle.
        // An explicit -Dcoopgraph.load.minutes (bench/load.sh) always runs and prints what it got.
        Assumptions.assumeTrue(asked != null || load < 2 * cores, () -> "load run skipped: the machine's load average is "
                + load + " on " + cores + " cores (other work running); run bench/load.sh to measure anyway");
        double minutes = Double.parseDouble(asked == null ? "1" : asked);
        // The rate in CI too: on 2 cores with client and server in one JVM the 10-minute run
        // answered 200/s with p99 120 ms (it overran the machine before big bodies were kept rendered).
        int rate = Integer.getInteger("coopgraph.load.rate", 200);
        int size = Integer.getInteger("coopgraph.load.members", 10_000);
        int versionWritesPerMinute = Integer.getInteger("coopgraph.load.version-writes-per-minute", 0);
        RegionDocument region = SyntheticRegion.generate(SEED, size);
        String regionId = region.region().id();
        long start = System.nanoTime();
        regions.importDocument(regionId, region);
        double importSeconds = (System.nanoTime() - start) / 1e9;

        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        String base = "http://127.0.0.1:" + port;
        start = System.nanoTime();
        var etags = warmUp(client, base + "/api/regions/" + regionId, region.members().stream()
                .filter(m -> m.publicProfile() && !m.hasLeft()).findFirst().orElseThrow().id());
        double warmSeconds = (System.nanoTime() - start) / 1e9;

        long versionWriteEvery = versionWritesPerMinute == 0 ? 0 : Math.round(rate * 60.0 / versionWritesPerMinute);
        var plan = new LoadPlan(base, regionId, key.value(), region, SEED, Duration.ofSeconds(30), versionWriteEvery,
                etags);
        var result = new LoadRun(client, rate, Duration.ofMillis(Math.round(minutes * 60_000))).run(plan::next);
        System.gc();
        long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        String report = LoadReport.format(result, rate, size, importSeconds, warmSeconds, versionWritesPerMinute,
                heapUsed, Runtime.getRuntime().maxMemory());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-report-" + Math.round(minutes * 60) + "s.txt"), report);
        assertThat(result.latencies().errorSamples()).as("errors by kind and status").isEmpty();
        assertThat(result.latencies().figures().get("all").errors()).isZero();
        assertThat(result.achievedPerSecond()).as("answers per second").isGreaterThanOrEqualTo(0.9 * rate);
        assertThat(result.latencies().figures().get("feedback").requests()).as("acknowledged writes").isPositive();
    }

    /**
     * Each analysis and export once, so the run measures serving, not the first computation after the
     * import; returns the ETag of each path the plan revalidates.
     */
    private static Map<String, String> warmUp(HttpClient client, String region, String memberId) throws Exception {
        var paths = new ArrayList<>(LoadPlan.REVALIDATED);
        paths.add("/members/" + memberId + "/suggestions");
        var answers = new LinkedHashMap<String, CompletableFuture<HttpResponse<Void>>>();
        for (String path : paths) {
            answers.put(path, client.sendAsync(HttpRequest.newBuilder(URI.create(region + path)).header("Accept-Encoding", "gzip")
                    .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.discarding()));
        }
        var etags = new HashMap<String, String>();
        for (var answer : answers.entrySet()) {
            assertThat(answer.getValue().get().statusCode()).as(answer.getKey()).isEqualTo(200);
            answer.getValue().get().headers().firstValue("ETag").ifPresent(etag -> etags.put(answer.getKey(), etag));
        }
        assertThat(etags).containsOnlyKeys(LoadPlan.REVALIDATED);
        return etags;
    }
}

package org.coopgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.HttpProbe.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process is killed (SIGKILL) in the middle of an import, staged or in one transaction, and started
 * again on the same data: the region is exactly as before the import, or exactly as after it, and nothing
 * staged is left in the database.
 */
class CrashDuringImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String R = "crash";
    private static final int BEFORE = 300;

    private final Path dataDir = Path.of("target/neo4j-crash-" + UUID.randomUUID());

    @AfterEach
    void removeData() {
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        FileSystemUtils.deleteRecursively(Path.of(dataDir + ".log").toFile());
    }

    @Test
    void killedInTheMiddleOfAStagedImportTheRegionIsWholeAfterRestartAndNothingStagedRemains() {
        // 4,500 members make about 60k rows, above the 50k written in one transaction: the import is staged.
        killMidImport(4_500, "MATCH (n:Member) WHERE n.importId IS NOT NULL RETURN count(n) > 0");
    }

    @Test
    void killedInTheMiddleOfASingleTransactionImportTheRegionIsAsBefore() {
        // 2,500 members stay below 50k rows: one transaction, caught while it creates members.
        killMidImport(2_500, "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'CREATE (m:Member)'"
                + " RETURN count(*) > 0");
    }

    private void killMidImport(int members, String inFlight) {
        int after;
        try (ChildApp app = ChildApp.start(dataDir); Driver bolt = app.bolt()) {
            assertThat(importRegion(app, BEFORE, 1L).join().statusCode()).isEqualTo(200);
            CompletableFuture<HttpResponse<String>> big = importRegion(app, members, 2L);
            app.await(Duration.ofSeconds(120), () -> bolt.session().run(inFlight).single().get(0).asBoolean(),
                    "for the import to be in flight");
            app.process().destroyForcibly();
            after = members;
            assertThat(big.handle((response, failure) -> failure != null).join()).as("the client saw the connection die")
                    .isTrue();
        }
        try (ChildApp again = ChildApp.start(dataDir); Driver bolt = again.bolt()) {
            var region = again.http().get("/api/regions/" + R);
            assertThat(region.statusCode()).as(region.body()).isEqualTo(200);
            int count = json(region).at("/counts/members").asInt();
            assertThat(count).as("the previous or the new version, whole").isIn(BEFORE, after);
            assertThat(again.http().get("/api/regions/" + R + "/members?size=500").statusCode()).isEqualTo(200);
            assertThat(bolt.session().run("MATCH (m:Member {regionId: $r}) RETURN count(m)", java.util.Map.of("r", R))
                    .single().get(0).asInt()).isEqualTo(count);
            assertThat(bolt.session().run("MATCH (n) WHERE n.importId IS NOT NULL OR size(n.publishedImports) > 0"
                    + " RETURN count(n)").single().get(0).asLong()).as("staging left").isZero();
            assertThat(again.neo4jDebugLog()).as("Neo4j noticed the unclean stop").contains(ChildApp.RECOVERY);
        }
    }

    private static CompletableFuture<HttpResponse<String>> importRegion(ChildApp app, int members, long seed) {
        var doc = SyntheticRegion.generate(seed, members).withRegion(new Region(R, "Crash", "NL"));
        var request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/regions/" + R + "/import"))
                .header("Content-Type", "application/json").header("X-API-Key", ChildApp.KEY)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(doc))).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

}

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
import java.util.concurrent.TimeUnit;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/** SIGTERM while an import is in flight: the import finishes and is answered, then the database closes cleanly. */
class GracefulShutdownTest {

    /** 128 + SIGTERM: the JVM's exit status after it ran its shutdown hooks for a SIGTERM. */
    private static final int EXIT_AFTER_SIGTERM = 143;

    private final Path dataDir = Path.of("target/neo4j-shutdown-" + UUID.randomUUID());

    @AfterEach
    void removeData() {
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        FileSystemUtils.deleteRecursively(Path.of(dataDir + ".log").toFile());
    }

    @Test
    void finishesTheRequestInFlightAndClosesTheDatabaseCleanly() throws Exception {
        var doc = SyntheticRegion.generate(3L, 2_500).withRegion(new Region("shutdown", "Shutdown", "NL"));
        try (ChildApp app = ChildApp.start(dataDir); Driver bolt = app.bolt()) {
            var request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/regions/shutdown/import"))
                    .header("Content-Type", "application/json").header("X-API-Key", ChildApp.KEY)
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(doc))).build();
            var inFlight = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
            app.await(Duration.ofSeconds(120), () -> bolt.session().run("SHOW TRANSACTIONS YIELD currentQuery"
                    + " WHERE currentQuery CONTAINS 'CREATE (m:Member)' RETURN count(*) > 0").single().get(0).asBoolean(),
                    "for the import to be in flight");

            app.process().destroy();

            HttpResponse<String> answer = inFlight.join();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(app.process().waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
            assertThat(app.process().exitValue()).isEqualTo(EXIT_AFTER_SIGTERM);
            assertThat(app.log()).contains("Commencing graceful shutdown", "Graceful shutdown complete",
                    "Embedded Neo4j stopped");
        }
        try (ChildApp again = ChildApp.start(dataDir)) {
            var region = again.http().get("/api/regions/shutdown");
            assertThat(region.statusCode()).as(region.body()).isEqualTo(200);
            assertThat(json(region).at("/counts/members").asInt()).isEqualTo(2_500);
            assertThat(again.neo4jDebugLog()).as("no recovery needed").doesNotContain(ChildApp.RECOVERY);
        }
    }
}

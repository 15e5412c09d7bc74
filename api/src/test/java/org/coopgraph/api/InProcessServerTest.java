package org.coopgraph.api;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server code path without Docker: a separate in-process Neo4j (the test harness, not the
 * application's embedded database) that the application reaches only through its Bolt URI.
 */
class InProcessServerTest extends ServerModeContract {

    private static Neo4j server;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("coopgraph.neo4j.uri", () -> started().boltURI().toString());
    }

    private static synchronized Neo4j started() {
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .build();
        }
        return server;
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}

package org.coopgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.HttpProbe.json;

import java.net.http.HttpResponse;
import org.coopgraph.api.config.EmbeddedNeo4j;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service survives a database outage without a restart of its own. */
class RecoveryTest extends EmbeddedContextTestBase {

    @Autowired
    EmbeddedNeo4j database;
    @Autowired
    CoordinatorKey adminKey;

    @Test
    void shouldAnswer503WhileNeo4jIsDownAndRecoverByItselfWhenItIsBack() {
        assertThat(http.get("/api/regions").statusCode()).isEqualTo(200);
        var uri = database.boltUri();
        database.stop();
        try {
            HttpResponse<String> down = http.get("/api/regions");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json(down).at("/type").asString()).isEqualTo("https://coopgraph.org/problems/database-unavailable");
            assertThat(down.body()).doesNotContain("Exception");

            HttpResponse<String> health = http.get("/actuator/health", adminKey.value());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health).at("/status").asString()).isEqualTo("DOWN");
            assertThat(json(health).at("/components/neo4j/status").asString()).isEqualTo("DOWN");
        } finally {
            database.start();
        }
        assertThat(database.boltUri()).isEqualTo(uri);
        assertThat(http.get("/api/regions").statusCode()).isEqualTo(200);
        HttpResponse<String> health = http.get("/actuator/health", adminKey.value());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).at("/status").asString()).isEqualTo("UP");
        assertThat(json(health).at("/components/neo4j/status").asString()).isEqualTo("UP");
        assertThat(json(health).at("/components/neo4j/details/mode").asString()).isEqualTo("embedded");
    }
}

package org.coopgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.HttpProbe.json;

import org.coopgraph.api.config.EmbeddedNeo4j;
import org.coopgraph.cypher.Migrations;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What must hold when {@code coopgraph.neo4j.uri} names a Neo4j server: no embedded database, the
 * schema migrated at start-up, imports written and read back through the server, health UP.
 * Subclasses provide the server (a container, or an in-process twin without Docker).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "coopgraph.security.coordinator-key=server-test-key")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its server goes away after the class
abstract class ServerModeContract {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @Test
    void shouldMigrateImportAndReadThroughTheServer() {
        var http = new HttpProbe(port);
        assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
        assertThat(Migrations.applyAll(driver)).as("already applied at start-up").isEmpty();

        var health = http.get("/actuator/health", "server-test-key");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).at("/components/neo4j/status").asString()).isEqualTo("UP");
        assertThat(json(health).at("/components/neo4j/details/mode").asString()).isEqualTo("server");

        assertThat(http.postJson("/api/regions/tiny/import", HttpProbe.TINY_REGION, "server-test-key").statusCode())
                .isEqualTo(200);
        var region = http.get("/api/regions/tiny");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(json(region).at("/counts/members").asInt()).isEqualTo(2);
        assertThat(json(region).at("/counts/ties").asInt()).isEqualTo(1);
    }
}

package org.coopgraph.api;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The production set-up: a Neo4j 5.26 server in a container, with authentication. Skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTest extends ServerModeContract {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("coopgraph-test");

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("coopgraph.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("coopgraph.neo4j.username", () -> "neo4j");
        registry.add("coopgraph.neo4j.password", NEO4J::getAdminPassword);
    }
}

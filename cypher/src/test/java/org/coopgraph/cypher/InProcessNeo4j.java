package org.coopgraph.cypher;

import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** A real in-process Neo4j (one per test class) and a Bolt driver connected to it. */
public final class InProcessNeo4j implements AutoCloseable {

    private final Neo4j neo4j;
    private final Driver driver;

    private InProcessNeo4j(Neo4j neo4j) {
        this.neo4j = neo4j;
        this.driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
    }

    public static InProcessNeo4j start() {
        // Without a zero wait the harness takes ~10 s to stop (see shared/NEO4J-NOTES.md).
        return new InProcessNeo4j(Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build());
    }

    /** A database with the project's schema applied. */
    public static InProcessNeo4j startMigrated() {
        InProcessNeo4j db = start();
        Migrations.applyAll(db.driver());
        return db;
    }

    public Driver driver() {
        return driver;
    }

    /** Runs a test's own Cypher (set-up and inspection) and returns the single value of its single row. */
    Object value(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(cypher, params).single().get(0).asObject());
        }
    }

    Object value(String cypher) {
        return value(cypher, Map.of());
    }

    void run(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
        }
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}

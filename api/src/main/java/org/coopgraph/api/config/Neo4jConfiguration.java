package org.coopgraph.api.config;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coopgraph.cypher.Migrations;
import org.coopgraph.cypher.Neo4jNetworkStore;
import org.coopgraph.cypher.Neo4jSnapshotSource;
import org.coopgraph.model.port.NetworkStore;
import org.coopgraph.model.port.SnapshotSource;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph database and the adapters on it. Either an in-process Neo4j (no {@code coopgraph.neo4j.uri})
 * or a server; both are reached through the same Bolt driver, so everything above the driver is the
 * same code in both modes. The schema is migrated before any adapter exists, so before serving.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jProperties.class)
public class Neo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Neo4jConfiguration.class);
    private static final String EMBEDDED = "'${coopgraph.neo4j.uri:}'.isBlank()";

    /** The default: Neo4j inside this JVM. The driver depends on it, so it closes before the database stops. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(EMBEDDED)
    static class Embedded {

        @Bean(destroyMethod = "stop")
        EmbeddedNeo4j embeddedNeo4j(Neo4jProperties properties) {
            return new EmbeddedNeo4j(properties.dataDir(), properties.boltPort()).start();
        }

        @Bean(destroyMethod = "close")
        Driver neo4jDriver(EmbeddedNeo4j database, Neo4jProperties properties) {
            // The embedded database has authentication off and listens on loopback only.
            return driver(database.boltUri(), AuthTokens.none(), properties);
        }
    }

    /** A Neo4j server at {@code coopgraph.neo4j.uri} (e.g. from {@code NEO4J_URI}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!" + EMBEDDED)
    static class Server {

        @Bean(destroyMethod = "close")
        Driver neo4jDriver(Neo4jProperties properties) {
            AuthToken auth = properties.password() == null || properties.password().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(properties.username(), properties.password());
            log.info("Using the Neo4j server at {}", properties.uri());
            return driver(URI.create(properties.uri().strip()), auth, properties);
        }
    }

    @Bean
    MigratedSchema migratedSchema(Driver driver) {
        long started = System.nanoTime();
        List<String> applied = Migrations.applyAll(driver);
        log.info("Schema migrations: {} in {} ms", applied.isEmpty() ? "up to date" : "applied " + applied,
                (System.nanoTime() - started) / 1_000_000);
        return new MigratedSchema(applied);
    }

    @Bean
    NetworkStore networkStore(Driver driver, MigratedSchema schema, ObjectProvider<EmbeddedNeo4j> embedded) {
        var store = new Neo4jNetworkStore(driver);
        // In-process, the database is ours alone, so whatever a crash left staged is abandoned: finish it
        // before serving. A server may have other writers mid-import; there each region's next import does it.
        if (embedded.getIfAvailable() != null) {
            int finished = store.finishInterruptedImports();
            if (finished > 0) {
                log.warn("Finished {} import(s) interrupted by an earlier crash: unpublished ones were removed", finished);
            }
        }
        return store;
    }

    @Bean
    SnapshotSource snapshotSource(Driver driver, MigratedSchema schema) {
        return new Neo4jSnapshotSource(driver);
    }

    private static Driver driver(URI uri, AuthToken auth, Neo4jProperties properties) {
        Config config = Config.builder()
                .withUserAgent("coopgraph")
                .withConnectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(properties.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        return GraphDatabase.driver(uri, auth, config);
    }

    /** Proof that the schema migrations ran; adapters take it so they are only built afterwards. */
    public record MigratedSchema(List<String> appliedNow) {
    }
}

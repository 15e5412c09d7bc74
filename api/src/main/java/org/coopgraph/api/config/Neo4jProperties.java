package org.coopgraph.api.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. A blank {@code uri} means an in-process Neo4j storing under {@code dataDir};
 * otherwise the driver talks to the server at {@code uri} with {@code username}/{@code password}.
 *
 * @param boltPort     port of the in-process Bolt connector; 0 picks a free one
 * @param maxRetryTime how long the driver retries a transaction that failed for a transient reason
 *                     (e.g. the database is briefly unreachable) before the request answers 503
 */
@ConfigurationProperties("coopgraph.neo4j")
public record Neo4jProperties(
        String uri, @DefaultValue("neo4j") String username, String password,
        @DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("0") int boltPort,
        @DefaultValue("5s") Duration maxRetryTime, @DefaultValue("5s") Duration connectTimeout) {

    public Neo4jProperties {
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("coopgraph.neo4j.bolt-port must be 0-65535 (was " + boltPort + ")");
        }
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}

package org.coopgraph.api.health;

import org.neo4j.driver.Driver;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code neo4j} component of {@code /actuator/health}: asks the driver to reach the database on
 * every call (bounded by the driver's connect timeout) and remembers nothing, so the status turns UP
 * again as soon as the database is back. DOWN makes the whole health DOWN (HTTP 503).
 */
public final class Neo4jHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private final String mode;

    public Neo4jHealthIndicator(Driver driver, String mode) {
        this.driver = driver;
        this.mode = mode;
    }

    @Override
    public Health health() {
        try {
            driver.verifyConnectivity();
            return Health.up().withDetail("mode", mode).build();
        } catch (RuntimeException e) {
            // Only the driver's message: no stack trace on a public endpoint.
            return Health.down().withDetail("mode", mode).withDetail("error", e.getClass().getSimpleName()
                    + ": " + e.getMessage()).build();
        }
    }
}

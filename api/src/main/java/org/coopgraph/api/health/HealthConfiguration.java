package org.coopgraph.api.health;

import org.coopgraph.api.config.Neo4jProperties;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health contributors; the bean name {@code neo4jHealthIndicator} names the component {@code neo4j}. */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean
    Neo4jHealthIndicator neo4jHealthIndicator(Driver driver, Neo4jProperties properties) {
        return new Neo4jHealthIndicator(driver, properties.embedded() ? "embedded" : "server");
    }
}

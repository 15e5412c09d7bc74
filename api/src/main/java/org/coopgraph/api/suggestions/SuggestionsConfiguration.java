package org.coopgraph.api.suggestions;

import java.time.Duration;
import org.coopgraph.api.config.Neo4jConfiguration.MigratedSchema;
import org.coopgraph.cypher.Neo4jFeedbackStore;
import org.coopgraph.model.port.FeedbackStore;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feedback store on the application's Neo4j driver (after the schema migrations), with rejected partners
 * re-read every {@code coopgraph.cache.data-version-ttl} (0: asked each time), and the weight settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionSettings.class)
class SuggestionsConfiguration {

    @Bean
    FeedbackStore feedbackStore(Driver driver, MigratedSchema schema,
                                @Value("${coopgraph.cache.data-version-ttl:1s}") Duration ttl) {
        return ttl.isZero() ? new Neo4jFeedbackStore(driver) : new RememberedRejections(new Neo4jFeedbackStore(driver), ttl, System::nanoTime);
    }
}

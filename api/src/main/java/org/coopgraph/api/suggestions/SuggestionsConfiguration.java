package org.coopgraph.api.suggestions;

import org.coopgraph.api.config.Neo4jConfiguration.MigratedSchema;
import org.coopgraph.cypher.Neo4jFeedbackStore;
import org.coopgraph.model.port.FeedbackStore;
import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feedback store on the application's Neo4j driver (after the schema migrations) and the weight settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionSettings.class)
class SuggestionsConfiguration {

    @Bean
    FeedbackStore feedbackStore(Driver driver, MigratedSchema schema) {
        return new Neo4jFeedbackStore(driver);
    }
}

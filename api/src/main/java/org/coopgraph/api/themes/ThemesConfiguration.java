package org.coopgraph.api.themes;

import org.coopgraph.api.config.Neo4jConfiguration.MigratedSchema;
import org.coopgraph.cypher.Neo4jQuestionHistory;
import org.coopgraph.model.port.QuestionHistory;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The question-history adapter the agenda and the question status changes use, on the shared driver. */
@Configuration(proxyBeanMethods = false)
class ThemesConfiguration {

    @Bean
    QuestionHistory questionHistory(Driver driver, MigratedSchema schema) {
        return new Neo4jQuestionHistory(driver);
    }
}

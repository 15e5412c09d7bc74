package org.coopgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.BeanCreationException;

class StartupFailureAnalyzersTest {

    private final Neo4jUnavailableFailureAnalyzer analyzer = new Neo4jUnavailableFailureAnalyzer();

    @Test
    void shouldExplainAnUnreachableServerFoundBehindABeanFailure() {
        var failure = new BeanCreationException("migratedSchema", "failed",
                new ServiceUnavailableException("Unable to connect to neo4j:7687"));
        var analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("Neo4j could not be reached at start-up: Unable to connect to neo4j:7687");
        assertThat(analysis.getAction()).contains("NEO4J_URI");
    }

    @Test
    void shouldPointAtTheCredentialsWhenTheServerRefusesThem() {
        var analysis = analyzer.analyze(new AuthenticationException("Neo.ClientError.Security.Unauthorized", "bad"));
        assertThat(analysis.getAction()).contains("NEO4J_USERNAME").contains("NEO4J_PASSWORD");
    }

    @Test
    void shouldNameTheLockedDataDirectoryAndHowToAvoidTheClash() {
        var locked = new FileLockException("Lock file has been locked by another process: /d/store_lock", null);
        var analysis = new DataDirectoryLockedFailureAnalyzer().analyze(
                new BeanCreationException("embeddedNeo4j", "failed", new RuntimeException("Error starting Neo4j", locked)));
        assertThat(analysis.getDescription()).isEqualTo("The embedded Neo4j database is in use by another process:"
                + " Lock file has been locked by another process: /d/store_lock");
        assertThat(analysis.getAction()).contains("COOPGRAPH_DATA_DIR").contains("NEO4J_URI");
    }

    @Test
    void shouldLeaveOtherDatabaseErrorsToSpringBoot() {
        assertThat(analyzer.analyze(new ClientException("Neo.ClientError.Statement.SyntaxError", "syntax"))).isNull();
    }
}

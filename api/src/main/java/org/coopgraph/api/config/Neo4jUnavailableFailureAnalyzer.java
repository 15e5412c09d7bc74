package org.coopgraph.api.config;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up needs the database (the schema is migrated before serving). When the configured server
 * cannot be reached or refuses the credentials, say so in two lines instead of a stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class Neo4jUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<Neo4jException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Neo4jException cause) {
        if (cause instanceof ServiceUnavailableException) {
            return new FailureAnalysis("Neo4j could not be reached at start-up: " + cause.getMessage(),
                    "Start the Neo4j server named by NEO4J_URI (coopgraph.neo4j.uri) or unset NEO4J_URI to use"
                            + " the embedded database.", cause);
        }
        if (cause instanceof AuthenticationException || cause instanceof SecurityException) {
            return new FailureAnalysis("Neo4j refused the credentials: " + cause.getMessage(),
                    "Check NEO4J_USERNAME and NEO4J_PASSWORD (coopgraph.neo4j.username/password).", cause);
        }
        return null;
    }
}

package org.coopgraph.api.config;

import org.coopgraph.cypher.MigrationChecksumException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an edited, already applied migration into Spring Boot's short "APPLICATION FAILED TO START"
 * report instead of a wall of stack traces: the exception's own message already says what to do.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class MigrationChecksumFailureAnalyzer extends AbstractFailureAnalyzer<MigrationChecksumException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationChecksumException cause) {
        return new FailureAnalysis(
                "The database schema does not match the migration files. " + cause.getMessage(),
                "Restore " + cause.fileName() + " as it was applied and add the change as a new migration.",
                cause);
    }
}

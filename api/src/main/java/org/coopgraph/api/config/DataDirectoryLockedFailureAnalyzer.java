package org.coopgraph.api.config;

import org.neo4j.io.locker.FileLockException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded database's files are locked by another process, typically the running service while
 * a command such as {@code import} starts on the same data directory. Say so instead of printing a
 * 150-line stack trace. Registered in {@code META-INF/spring.factories}.
 */
public final class DataDirectoryLockedFailureAnalyzer extends AbstractFailureAnalyzer<FileLockException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FileLockException cause) {
        return new FailureAnalysis("The embedded Neo4j database is in use by another process: " + cause.getMessage(),
                "Stop the other coopgraph process using this data directory (a running service, or a command"
                        + " started at the same time), choose another directory with COOPGRAPH_DATA_DIR"
                        + " (coopgraph.neo4j.data-dir), or set NEO4J_URI so several processes share a Neo4j server.",
                cause);
    }
}

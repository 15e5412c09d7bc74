package org.coopgraph.api.errors;

import java.net.ConnectException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Recognises database failures anywhere in an exception's cause chain, since adapters and frameworks
 * may wrap the driver's exceptions. Nothing here keeps state: whether the database is down is decided
 * per failure, so the service answers normally again as soon as the database is back.
 */
final class DatabaseFailures {

    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private DatabaseFailures() {
    }

    /**
     * The database could not be reached or is temporarily unable to serve (the driver already retried
     * for {@code coopgraph.neo4j.max-retry-time}): worth retrying later, hence 503.
     */
    static boolean isUnavailable(Throwable failure) {
        return anyCause(failure, t -> t instanceof ServiceUnavailableException
                || t instanceof SessionExpiredException
                || t instanceof TransientException
                || t instanceof ConnectException);
    }

    /** A uniqueness constraint rejected a write, e.g. two clients creating the same id at once. */
    static boolean isConstraintViolation(Throwable failure) {
        return anyCause(failure, t -> t instanceof Neo4jException n && CONSTRAINT_FAILED.equals(n.code()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (seen.add(suppressed) && test.test(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}

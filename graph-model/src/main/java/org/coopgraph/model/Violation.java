package org.coopgraph.model;

import java.util.Objects;

/**
 * One broken rule. {@code location} is a JSON pointer relative to the value that was checked
 * ({@code "/name"}, {@code "/skills/2/level"}); callers prefix it with where that value sits.
 */
public record Violation(String location, String message) {

    public Violation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation, seen from a value that contains this one at {@code prefix}. */
    public Violation under(String prefix) {
        return new Violation(prefix + location, message);
    }
}

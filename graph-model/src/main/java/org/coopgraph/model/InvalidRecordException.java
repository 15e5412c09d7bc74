package org.coopgraph.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a record constructor with every rule the arguments break, not just the first. */
public final class InvalidRecordException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidRecordException(String recordName, List<Violation> violations) {
        super(recordName + ": " + violations.stream()
                .map(v -> v.location() + " " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

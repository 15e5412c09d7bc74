package org.coopgraph.api.errors;

import java.util.List;
import org.coopgraph.model.Violation;

/**
 * The request cannot be carried out as given: 400 with every violation and where it is (a JSON
 * pointer into the body, {@code line L, column C} of a CSV file, or a query parameter's name).
 */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.size() + " problem(s), first: " + violations.get(0).location() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String location, String message) {
        return new InvalidInputException(List.of(new Violation(location, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}

package org.coopgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects rule violations for one record so that a constructor reports all of them at once.
 * Limits are generous for real data and small enough that hostile input cannot bloat the graph.
 */
final class Checks {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_TEXT_LENGTH = 5000;
    private static final String UNPAIRED_SURROGATE = "must be valid Unicode (it has half of a surrogate pair)";
    private static final Pattern CONTROL_CHARS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final String recordName;
    private final List<Violation> violations = new ArrayList<>();

    private Checks(String recordName) {
        this.recordName = recordName;
    }

    static Checks of(String recordName) {
        return new Checks(recordName);
    }

    Checks id(String field, String value) {
        if (isBlank(value)) {
            return fail(field, "must not be blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            return fail(field, "must be at most " + MAX_ID_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return fail(field, "must not contain control characters");
        }
        return unpairedSurrogate(value) ? fail(field, UNPAIRED_SURROGATE) : this;
    }

    /** Absent is fine; present, it must be a valid id (a reference such as a parent code). */
    Checks optionalId(String field, String value) {
        return value == null ? this : id(field, value);
    }

    Checks text(String field, String value, int maxLength) {
        return isBlank(value) ? fail(field, "must not be blank") : optionalText(field, value, maxLength);
    }

    Checks optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        if (value.length() > maxLength) {
            return fail(field, "must be at most " + maxLength + " characters");
        }
        if (CONTROL_CHARS.matcher(value).find()) {
            return fail(field, "must not contain control characters");
        }
        return unpairedSurrogate(value) ? fail(field, UNPAIRED_SURROGATE) : this;
    }

    /**
     * Half of a UTF-16 pair (a JSON escape like \ud800 alone) has no UTF-8 form: Neo4j would store
     * '?' in its place, so the text read back would differ from the text accepted.
     */
    private static boolean unpairedSurrogate(String value) {
        return value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    Checks required(String field, Object value) {
        return value == null ? fail(field, "is required") : this;
    }

    Checks year(String field, Integer value) {
        if (value != null && (value < MIN_YEAR || value > MAX_YEAR)) {
            fail(field, "must be a year from " + MIN_YEAR + " to " + MAX_YEAR + " (was " + value + ")");
        }
        return this;
    }

    Checks yearOrder(String fromField, Integer from, String toField, Integer to) {
        if (from != null && to != null && from > to) {
            fail(toField, "must not be before " + fromField.substring(1) + " (" + to + " < " + from + ")");
        }
        return this;
    }

    Checks range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fail(field, "must be from " + min + " to " + max + " (was " + value + ")");
        }
        return this;
    }

    Checks positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            fail(field, "must be a positive number (was " + value + ")");
        }
        return this;
    }

    Checks noBlankEntries(String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            id(field + "/" + i, values.get(i));
        }
        return this;
    }

    Checks noNullEntries(String field, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                fail(field + "/" + i, "must not be null");
            }
        }
        return this;
    }

    Checks noDuplicates(String field, List<?> keys) {
        var seen = new java.util.HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null && !seen.add(keys.get(i))) {
                fail(field + "/" + i, "duplicates " + keys.get(i));
            }
        }
        return this;
    }

    Checks rule(boolean holds, String field, String message) {
        return holds ? this : fail(field, message);
    }

    Checks fail(String field, String message) {
        violations.add(new Violation(field, message));
        return this;
    }

    void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(recordName, violations);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static <T> List<T> listOrEmpty(List<T> values) {
        // Not List.copyOf: a null entry must become a reported violation, not a NullPointerException.
        return values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
}

package org.coopgraph.api.imports;

import org.coopgraph.api.errors.JsonPointers;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.coopgraph.model.InvalidRecordException;
import org.coopgraph.model.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a failure to map one JSON value onto a record into violations located by JSON pointer. */
final class JacksonViolations {

    private JacksonViolations() {
    }

    /** {@code prefix} is the pointer of the value that was mapped, e.g. {@code /members/3}. */
    /** {@code element}: the JSON the failed mapping read, to show a refused value Jackson does not report. */
    static List<Violation> of(JacksonException e, String prefix, JsonNode element) {
        String at = prefix + JsonPointers.of(e.getPath());
        InvalidRecordException invalid = recordCause(e);
        if (invalid != null) {
            // The record's own locations are relative to the record the exception's path leads to.
            return invalid.violations().stream().map(v -> v.under(at)).toList();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return List.of(new Violation(at, "is not a known field (known: " + known(u.getKnownPropertyIds()) + ")"));
        }
        if (e instanceof InvalidFormatException f) {
            return List.of(new Violation(at, expected(f.getTargetType()) + " (was " + shown(f.getValue()) + ")"));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            // A refused coercion ("2019" for a number) comes without the value; the element still has it.
            boolean scalar = m.getTargetType().isPrimitive() || Number.class.isAssignableFrom(m.getTargetType())
                    || m.getTargetType() == Boolean.class;
            JsonNode value = element == null || !scalar ? null : element.at(JsonPointers.of(e.getPath()));
            String was = value != null && value.isValueNode() && !value.isNull() ? " (was " + value + ")" : "";
            return List.of(new Violation(at, expected(m.getTargetType()) + was));
        }
        return List.of(new Violation(at, e.getOriginalMessage()));
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a text";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2024-03-01";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static InvalidRecordException recordCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidRecordException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String shown(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}

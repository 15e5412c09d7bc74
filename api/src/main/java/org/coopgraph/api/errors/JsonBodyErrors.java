package org.coopgraph.api.errors;

import java.util.Collection;
import java.util.List;
import org.coopgraph.model.InvalidRecordException;
import org.coopgraph.model.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says where and why a JSON request body could not be read: a JSON pointer to the bad value when
 * Jackson knows the path, else the line and column of a syntax error. A record constructor's
 * {@link InvalidRecordException} contributes all its violations, prefixed by the record's pointer.
 */
final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    /** Whether the body was well-formed JSON whose values break a record's rules (not a syntax problem). */
    static boolean breaksRecordRules(Throwable failure) {
        return cause(failure, InvalidRecordException.class) != null;
    }

    static List<Violation> of(Throwable failure) {
        InvalidUtf8Exception encoding = cause(failure, InvalidUtf8Exception.class);
        if (encoding != null) {
            return List.of(new Violation("byte " + encoding.offset(), "is not valid UTF-8: send the body encoded as UTF-8"));
        }
        JacksonException jackson = cause(failure, JacksonException.class);
        if (jackson == null) {
            return List.of(new Violation("", "the request body is missing or cannot be read as JSON"));
        }
        String at = JsonPointers.of(jackson.getPath());
        InvalidRecordException invalid = cause(jackson, InvalidRecordException.class);
        if (invalid != null) {
            return invalid.violations().stream().map(v -> v.under(at)).toList();
        }
        if (jackson instanceof StreamReadException && jackson.getLocation() != null) {
            var where = jackson.getLocation();
            return List.of(new Violation("line " + where.getLineNr() + ", column " + where.getColumnNr(),
                    "is not valid JSON: " + jackson.getOriginalMessage()));
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return List.of(new Violation(at, "is not a known field"));
        }
        if (jackson instanceof MismatchedInputException m && m.getTargetType() != null) {
            return List.of(new Violation(at, "must be " + describe(m.getTargetType())));
        }
        return List.of(new Violation(at, "cannot be read: " + jackson.getOriginalMessage()));
    }

    /** What a value of {@code type} looks like to a client, e.g. "a whole number". */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            var names = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            return "one of " + String.join(", ", names);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2024-03-01";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "an array" : "an object";
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

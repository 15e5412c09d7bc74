package org.coopgraph.api.regions;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coopgraph.api.errors.InvalidInputException;

/**
 * Reads optional query parameters, answering 400 with the parameter's name for a bad value (parameters
 * arrive as text so that a bad number is reported by coopgraph, naming the parameter, not by Spring).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** Absent or blank: {@code fallback}; else a whole number from {@code min} to {@code max}. */
    public static int integer(String name, String value, int fallback, int min, int max) {
        Integer parsed = integer(name, value, min, max);
        return parsed == null ? fallback : parsed;
    }

    /** Absent or blank: null; else a whole number from {@code min} to {@code max}. */
    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw InvalidInputException.of(name, "must be " + range + " (was " + parsed + ")");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "must be a whole number " + range + " (was \"" + value + "\")");
        }
    }

    /** A year 1900-2100, or null. */
    public static Integer year(String name, String value) {
        return integer(name, value, 1900, 2100);
    }

    /** Absent or blank: null; else an enum constant by name, ignoring case. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + " (was \"" + value + "\")");
        }
    }

    /** Absent or blank: null; else the trimmed text. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

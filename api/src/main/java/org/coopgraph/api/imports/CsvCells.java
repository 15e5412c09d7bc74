package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopgraph.model.InvalidRecordException;
import org.coopgraph.model.Violation;

/**
 * Typed reading of the cells of one CSV row. A bad cell adds one violation and reads as null, so the
 * rest of the row is still checked; {@link #bad(String)} tells which columns already failed.
 */
final class CsvCells {

    /** Separates the entries of a list cell ({@code 6201;6202}). */
    static final String LIST_SEPARATOR = ";";

    private final CsvTable table;
    private final CsvTable.Row row;
    private final List<Violation> violations;
    private final List<String> badColumns = new ArrayList<>();

    CsvCells(CsvTable table, CsvTable.Row row, List<Violation> violations) {
        this.table = table;
        this.row = row;
        this.violations = violations;
    }

    /** The trimmed text, or null for an empty cell. */
    String text(String column) {
        String value = row.cell(column);
        return value.isEmpty() ? null : value;
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return fail(column, "must be a whole number (was \"" + value + "\")");
        }
    }

    Boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> fail(column, "must be true or false (was \"" + value + "\")");
        };
    }

    /** An enum constant by name, ignoring case. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail(column, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + " (was \"" + value + "\")");
        }
    }

    /** The entries of a list cell, each read by {@code entry}, which throws IllegalArgumentException for a bad one. */
    <T> List<T> list(String column, Function<String, T> entry) {
        String value = text(column);
        var values = new ArrayList<T>();
        if (value == null) {
            return values;
        }
        for (String part : value.split(LIST_SEPARATOR, -1)) {
            try {
                values.add(entry.apply(part.trim()));
            } catch (IllegalArgumentException e) {
                fail(column, e instanceof InvalidRecordException invalid
                        ? invalid.violations().get(0).location().substring(1) + " " + invalid.violations().get(0).message()
                        : e.getMessage());
            }
        }
        return values;
    }

    /** Reports a record's own violations at the columns they name, skipping columns already reported. */
    void report(InvalidRecordException e, Function<String, String> columnOfField) {
        for (Violation v : e.violations()) {
            String field = v.location().split("/")[1];
            String column = columnOfField.apply(field);
            if (!badColumns.contains(column)) {
                violations.add(new Violation(table.at(row.line(), column), v.message()));
            }
        }
    }

    boolean anyBad() {
        return !badColumns.isEmpty();
    }

    boolean bad(String column) {
        return badColumns.contains(column);
    }

    <T> T fail(String column, String message) {
        badColumns.add(column);
        violations.add(new Violation(table.at(row.line(), column), message));
        return null;
    }
}

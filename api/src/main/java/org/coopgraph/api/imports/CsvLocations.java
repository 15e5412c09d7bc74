package org.coopgraph.api.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.coopgraph.model.Violation;

/**
 * Where in the CSV files each entry of a document read from CSV came from, so that a violation found on
 * the document ({@code /members/3/sectors/0/code}) is reported where the user can fix it
 * ({@code members.csv line 5, column sectors}).
 */
final class CsvLocations {

    private record Origin(CsvTable table, long line, UnaryOperator<String> columnOfField) {
    }

    private final Map<String, Origin> byPointer = new HashMap<>();

    void put(String pointer, CsvTable table, long line, UnaryOperator<String> columnOfField) {
        byPointer.put(pointer, new Origin(table, line, columnOfField));
    }

    /** The violation located in a CSV file, or unchanged if it is not a pointer to an entry read from a row. */
    Violation translate(Violation v) {
        String pointer = v.location();
        while (pointer.startsWith("/")) {
            Origin origin = byPointer.get(pointer);
            if (origin != null) {
                String rest = v.location().substring(pointer.length());
                String column = rest.isEmpty() ? null : origin.columnOfField().apply(rest.split("/")[1]);
                return new Violation(origin.table().at(origin.line(), column), v.message());
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return v;
    }
}

package org.coopgraph.api.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Violation;

/**
 * One uploaded CSV file: a header line naming the columns, then one row per line (RFC 4180 quoting,
 * comma separated, UTF-8 with or without byte order mark). Rows keep the line they start on so that
 * every problem can be reported as {@code members.csv line 4, column helix}.
 */
final class CsvTable {

    /** One data row: its first line in the file and its cells by column (trimmed, "" when empty). */
    record Row(long line, Map<String, String> cells) {

        String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    private final String fileName;
    private final List<Row> rows;

    private CsvTable(String fileName, List<Row> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    String fileName() {
        return fileName;
    }

    List<Row> rows() {
        return rows;
    }

    String at(long line, String column) {
        return fileName + " line " + line + (column == null ? "" : ", column " + column);
    }

    /**
     * Parses {@code bytes}; header problems (missing or unknown columns) and malformed rows are added to
     * {@code violations}. More than {@code maxRows} rows is refused outright, naming {@code setting}.
     */
    static CsvTable parse(String fileName, byte[] bytes, List<String> columns, Set<String> required,
                          int maxRows, String setting, List<Violation> violations) {
        var malformed = StrictInput.firstMalformedByte(bytes);
        if (malformed.isPresent()) {
            violations.add(new Violation(fileName, "is not valid UTF-8 (byte " + malformed.getAsLong()
                    + "): save the file as CSV UTF-8"));
            return new CsvTable(fileName, List.of());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            violations.add(new Violation(fileName, "is empty: expected the header line " + String.join(",", columns)));
            return new CsvTable(fileName, List.of());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        var rows = new ArrayList<Row>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!header(fileName, parser.getHeaderNames(), columns, required, violations)) {
                return new CsvTable(fileName, List.of());
            }
            var records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (rows.size() == maxRows) {
                    throw InvalidInputException.of(fileName, "has more than " + maxRows
                            + " rows; one import takes at most that many (setting " + setting + ")");
                }
                if (!record.isConsistent()) {
                    violations.add(new Violation(fileName + " line " + line, "has " + record.size()
                            + " cells but the header has " + parser.getHeaderNames().size()));
                }
                rows.add(new Row(line, record.toMap()));
            }
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException e) {
            // Commons CSV reports broken quoting and duplicate header names this way, with the line in the text.
            violations.add(new Violation(fileName, "cannot be read as CSV: " + e.getMessage()));
        }
        return new CsvTable(fileName, rows);
    }

    private static boolean header(String fileName, List<String> header, List<String> columns, Set<String> required,
                                  List<Violation> violations) {
        int before = violations.size();
        for (String name : header) {
            if (!columns.contains(name)) {
                violations.add(new Violation(fileName + " line 1, column " + name,
                        "is not a known column (known: " + String.join(",", columns) + ")"));
            }
        }
        for (String name : required) {
            if (!header.contains(name)) {
                violations.add(new Violation(fileName + " line 1", "lacks the required column " + name));
            }
        }
        return violations.size() == before;
    }
}

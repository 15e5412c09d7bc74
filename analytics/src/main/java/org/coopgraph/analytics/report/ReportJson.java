package org.coopgraph.analytics.report;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of a report, so the same data gives the same bytes whatever JSON library or
 * settings a caller uses: UTF-8, no whitespace, object keys sorted by UTF-16 code units (as in RFC
 * 8785), nulls written out, enums by name, integers as they are, other numbers rounded half-even to 6
 * decimals and written plainly without trailing zeros ({@code 0.5}, {@code 1}, {@code -0.000125}).
 * The content hash is the SHA-256 of this JSON written with {@code meta.contentHash} null.
 */
public final class ReportJson {

    private static final int DECIMALS = 6;

    private ReportJson() {
    }

    /** The report with its content hash filled in, as canonical JSON. */
    public static String write(RegionReport report) {
        return canonical(withHash(report));
    }

    /** The report with {@code meta.contentHash} set to the hash of its content. */
    public static RegionReport withHash(RegionReport report) {
        return report.withMeta(report.meta().withContentHash(hash(report)));
    }

    /** Lowercase hex SHA-256 of the canonical JSON of {@code report} with contentHash null. */
    public static String hash(RegionReport report) {
        String json = canonical(report.withMeta(report.meta().withContentHash(null)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Canonical JSON of any value built from records, lists, maps, strings, numbers, booleans and enums. */
    public static String canonical(Object value) {
        StringBuilder out = new StringBuilder(4096);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Number n) {
            out.append(number(n.doubleValue()));
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",");
                append(out, item);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            object(out, sorted);
        } else if (value.getClass().isRecord()) {
            Map<String, Object> fields = new TreeMap<>();
            Arrays.stream(value.getClass().getRecordComponents())
                    .sorted(Comparator.comparing(RecordComponent::getName))
                    .forEach(c -> fields.put(c.getName(), read(c, value)));
            object(out, fields);
        } else {
            throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<String, Object> sorted) {
        out.append('{');
        boolean first = true;
        for (var entry : sorted.entrySet()) {
            out.append(first ? "" : ",");
            string(out, entry.getKey());
            out.append(':');
            append(out, entry.getValue());
            first = false;
        }
        out.append('}');
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    static String number(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        BigDecimal rounded = BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}

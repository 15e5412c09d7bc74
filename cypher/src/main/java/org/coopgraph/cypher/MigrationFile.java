package org.coopgraph.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration file, {@code V<version>__<Description_with_underscores>.cypher}. The checksum is the
 * SHA-256 of the file with line endings normalised to LF, so a Windows checkout (CRLF) of an unchanged
 * file does not look changed.
 */
record MigrationFile(String fileName, int version, String description, String content, String checksum) {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    static MigrationFile of(String fileName, String content) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalStateException("migration file name '" + fileName
                    + "' does not follow V<version>__<Description>.cypher (e.g. V003__Add_theme_index.cypher)");
        }
        String normalised = content.replace("\r\n", "\n");
        return new MigrationFile(fileName, Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                normalised, sha256(normalised));
    }

    /** The statements of the file, split on ';' outside quotes and comments; comments are dropped. */
    List<String> statements() {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (c == '/' && content.startsWith("//", i)) {
                i = indexOrEnd(i, "\n");
            } else if (c == '/' && content.startsWith("/*", i)) {
                i = Math.min(indexOrEnd(i + 2, "*/") + 2, content.length());
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(i, c);
                current.append(content, i, end + 1);
                i = end + 1;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return List.copyOf(statements);
    }

    private int indexOrEnd(int from, String marker) {
        int at = content.indexOf(marker, from);
        return at < 0 ? content.length() : at;
    }

    private int closingQuote(int open, char quote) {
        for (int i = open + 1; i < content.length(); i++) {
            if (content.charAt(i) == '\\') {
                i++;
            } else if (content.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalStateException("migration " + fileName + " has an unclosed " + quote + " quote");
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

package org.coopgraph.api.reports.render;

/**
 * Escaping for everything the report writes into XHTML or SVG. Member, project and region names are
 * user data, so every string goes through {@link #text}; characters XML 1.0 forbids (control characters,
 * unpaired surrogates) are dropped, because one of them would make the whole document unparseable for
 * the PDF renderer.
 */
public final class Xml {

    private Xml() {
    }

    /** Text content or an attribute value (double-quoted): {@code & < > " '} escaped. Null gives "". */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}

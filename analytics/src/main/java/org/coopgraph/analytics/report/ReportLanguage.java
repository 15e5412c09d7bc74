package org.coopgraph.analytics.report;

import java.util.Locale;
import java.util.Optional;

/** The languages a report is written in; {@code code()} is what {@code ReportMeta.language} holds. */
public enum ReportLanguage {
    NL, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "nl" or "en" (any case, surrounding blanks ignored); empty for anything else. */
    public static Optional<ReportLanguage> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> Optional.of(NL);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The Dutch or the English text. */
    String pick(String dutch, String english) {
        return this == NL ? dutch : english;
    }
}

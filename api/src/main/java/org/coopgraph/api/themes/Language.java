package org.coopgraph.api.themes;

import java.util.List;
import java.util.Locale;

/**
 * The language of the labels in agenda answers, from the request's {@code Accept-Language}: Dutch when
 * the caller prefers nl over en, else English (also for a missing or malformed header). Ids and enum
 * names stay the same in both, so clients can rely on them whatever the language.
 */
public enum Language {
    EN, NL;

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best != null && best.getLanguage().equals("nl") ? NL : EN;
        } catch (IllegalArgumentException e) {
            return EN;
        }
    }

    public String tag() {
        return this == NL ? "nl" : "en";
    }

    /** The English or the Dutch text. */
    public String pick(String english, String dutch) {
        return this == NL ? dutch : english;
    }
}

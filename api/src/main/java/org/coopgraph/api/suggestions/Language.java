package org.coopgraph.api.suggestions;

import java.util.List;
import java.util.Locale;

/** The language of explanations: Dutch when the caller's Accept-Language prefers it over English, else English. */
enum Language {
    EN, NL;

    static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.equals("nl") || tag.startsWith("nl-"))) {
                    return NL;
                }
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return EN; // a malformed header is no reason to refuse the answer
        }
        return EN;
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<Language> all() {
        return List.of(values());
    }
}

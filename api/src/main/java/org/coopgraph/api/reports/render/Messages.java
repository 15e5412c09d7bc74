package org.coopgraph.api.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's own words in Dutch and English, from {@code reports/messages_<lang>.properties} (UTF-8).
 * Placeholders are {@code {0}}, {@code {1}}, ... and take strings the caller has already formatted, so
 * numbers follow {@link Numbers} and no apostrophe rules of MessageFormat apply. A missing key is a bug
 * and fails loudly: a report never shows a key instead of a word.
 */
public final class Messages {

    private static final Map<String, Messages> LOADED = Map.of("nl", load("nl"), "en", load("en"));

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The messages of "nl" or "en". */
    public static Messages of(String language) {
        Messages messages = LOADED.get(language);
        if (messages == null) {
            throw new IllegalArgumentException("no report messages for language '" + language + "'");
        }
        return messages;
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("report message '" + key + "' missing for " + language);
        }
        return text;
    }

    public String get(String key, String... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i] == null ? "" : args[i]);
        }
        return text;
    }

    /** The text of {@code key} when there is one, else {@code fallback} (for open lists such as strategies). */
    public String getOr(String key, String fallback) {
        return texts.getOrDefault(key, fallback);
    }

    Set<String> keys() {
        return texts.keySet();
    }

    private static Messages load(String language) {
        String path = "/reports/messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return new Messages(language, Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}

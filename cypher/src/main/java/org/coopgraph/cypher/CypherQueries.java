package org.coopgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Named Cypher queries, read once from {@code cypher/queries/<name>.cypher} on the classpath and cached.
 * Keeping Cypher in files (never built from strings) means every value travels as a bound parameter.
 * Callers name the queries they need up front ({@link #require}) so a missing file stops start-up,
 * not the first request that happens to need it.
 */
public final class CypherQueries {

    private static final String LOCATION = "cypher/queries/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ClassLoader classLoader;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public CypherQueries() {
        this(CypherQueries.class.getClassLoader());
    }

    CypherQueries(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** Loads the named queries now, so that a missing one fails at construction time. */
    public CypherQueries require(String... names) {
        for (String name : names) {
            get(name);
        }
        return this;
    }

    /**
     * The text of query {@code name} (e.g. {@code "members-read"}).
     *
     * @throws IllegalArgumentException if the name is malformed or no such query file exists
     */
    public String get(String name) {
        Objects.requireNonNull(name, "name");
        return cache.computeIfAbsent(name, this::load);
    }

    private String load(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("query name must be lower-case words joined by '-': '" + name + "'");
        }
        String path = LOCATION + name + ".cypher";
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no Cypher query named '" + name + "' (expected classpath:" + path + ")");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("Cypher query '" + name + "' is empty (classpath:" + path + ")");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + path, e);
        }
    }
}

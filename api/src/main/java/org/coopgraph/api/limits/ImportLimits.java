package org.coopgraph.api.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Violation;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code coopgraph.limits.import.max-entries.<list>}: the most entries one import may hold in each list
 * of the document ({@code members}, {@code ties}, ...; {@code members.csv} rows count as members). A
 * list without a setting is bounded only by the document's total ({@code coopgraph.import.max-rows}).
 */
@ConfigurationProperties("coopgraph.limits.import")
public record ImportLimits(Map<String, Integer> maxEntries) {

    public ImportLimits {
        // Keys as written in YAML (valueChains), in properties (valuechains) or kebab case (value-chains).
        maxEntries = maxEntries == null ? Map.of() : maxEntries.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> normal(e.getKey()), Map.Entry::getValue, Math::min));
    }

    public static ImportLimits none() {
        return new ImportLimits(Map.of());
    }

    /** The cap of the document list {@code list}, or {@link Integer#MAX_VALUE} when there is none. */
    public int maxEntries(String list) {
        return maxEntries.getOrDefault(normal(list), Integer.MAX_VALUE);
    }

    /**
     * Refuses a document of more than {@code maxRows} entries in all (setting {@code coopgraph.import.max-rows})
     * or with a list over its cap (one violation at {@code /<list>} for each).
     */
    public void check(Map<String, Integer> entriesPerList, int maxRows) {
        int rows = entriesPerList.values().stream().mapToInt(Integer::intValue).sum();
        if (rows > maxRows) {
            throw InvalidInputException.of("", "has " + rows + " entries; one import takes at most " + maxRows
                    + " (setting coopgraph.import.max-rows): split it into several imports");
        }
        var violations = new ArrayList<Violation>();
        entriesPerList.forEach((list, entries) -> {
            if (entries > maxEntries(list)) {
                violations.add(new Violation("/" + list, "has " + entries + " entries; one import takes at most "
                        + maxEntries(list) + " (setting " + setting(list) + ")"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The setting that holds the cap of {@code list}, for messages. */
    public static String setting(String list) {
        return "coopgraph.limits.import.max-entries." + list;
    }

    private static String normal(String key) {
        return key.replace("-", "").toLowerCase(Locale.ROOT);
    }
}

package org.coopgraph.analytics.suggestions;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.coopgraph.model.Member;

/**
 * What to suggest: at most {@code limit} partners that pass {@code filter} (helix, sector, theme,
 * consent: the caller's business) and are not in {@code excluded} (partners a coordinator rejected).
 */
public record SuggestionRequest(int limit, Predicate<Member> filter, Set<String> excluded) {

    public SuggestionRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Objects.requireNonNull(filter, "filter");
        excluded = Set.copyOf(excluded);
    }

    public static SuggestionRequest top(int limit) {
        return new SuggestionRequest(limit, m -> true, Set.of());
    }
}

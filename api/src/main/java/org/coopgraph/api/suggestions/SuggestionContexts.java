package org.coopgraph.api.suggestions;

import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.stereotype.Component;

/**
 * The suggestion indexes of a snapshot, built once per region, year and data version. Only the indexes
 * are cached, never answers: feedback changes answers without changing the data version.
 */
@Component
final class SuggestionContexts {

    private final DerivedCache cache;

    SuggestionContexts(DerivedCache cache) {
        this.cache = cache;
    }

    SuggestionContext of(NetworkSnapshot snapshot) {
        return cache.get(snapshot, "suggestion-context", "", () -> SuggestionContext.of(snapshot));
    }
}

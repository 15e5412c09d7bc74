package org.coopgraph.api.suggestions;

import java.util.Map;
import org.coopgraph.analytics.suggestions.SuggestionWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Suggestion weights from configuration, e.g. {@code coopgraph.suggestions.defaults.themes=0.8} or
 * {@code coopgraph.suggestions.regions.veenkolonien.cross-sector=0.5} (environment:
 * {@code COOPGRAPH_SUGGESTIONS_DEFAULTS_THEMES}). A weight not given falls back to the installation's
 * default, then to {@link SuggestionWeights#DEFAULTS}.
 */
@ConfigurationProperties("coopgraph.suggestions")
record SuggestionSettings(Weights defaults, Map<String, Weights> regions) {

    /** Any subset of the weights; null means "not set here". */
    record Weights(Double structural, Double complementarity, Double crossSector, Double crossHelix,
                   Double valueChain, Double themes, Double relatedSkill, Double maxSectorShare) {

        SuggestionWeights over(SuggestionWeights base) {
            return new SuggestionWeights(or(structural, base.structural()), or(complementarity, base.complementarity()),
                    or(crossSector, base.crossSector()), or(crossHelix, base.crossHelix()),
                    or(valueChain, base.valueChain()), or(themes, base.themes()),
                    or(relatedSkill, base.relatedSkill()), or(maxSectorShare, base.maxSectorShare()));
        }

        private static double or(Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }

    /** The weights in force for a region. */
    SuggestionWeights weightsFor(String regionId) {
        SuggestionWeights installation = defaults == null ? SuggestionWeights.DEFAULTS : defaults.over(SuggestionWeights.DEFAULTS);
        Weights region = regions == null ? null : regions.get(regionId);
        return region == null ? installation : region.over(installation);
    }
}

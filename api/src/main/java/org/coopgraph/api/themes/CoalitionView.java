package org.coopgraph.api.themes;

import java.util.List;
import org.coopgraph.analytics.agenda.StakeholderMap.Coalition;
import org.coopgraph.model.Stance;

/**
 * A coalition as a caller may see it: members, tied pairs and clusters keep only the members shown;
 * {@code hiddenMembers} counts the others; {@code clusterCount}, {@code tiedPairCount}, {@code pairs}
 * and {@code tied} describe the whole coalition (aggregates name nobody).
 */
record CoalitionView(Stance stance, String label, List<String> members, int hiddenMembers, long pairs,
                     int tiedPairCount, List<List<String>> tiedPairs, int clusterCount, List<List<String>> clusters,
                     boolean tied) {

    static CoalitionView of(Coalition c, Visibility visibility, Language lang) {
        return new CoalitionView(c.stance(), Labels.of(c.stance(), lang), visibility.shown(c.members()),
                visibility.hidden(c.members()), c.pairs(), c.tiedPairCount(),
                c.tiedPairs().stream().filter(visibility::showsAll).toList(), c.clusters().size(),
                c.clusters().stream().map(visibility::shown).filter(cluster -> !cluster.isEmpty()).toList(), c.tied());
    }
}

package org.coopgraph.api.themes;

import java.util.List;
import org.coopgraph.analytics.agenda.AgendaInputs;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.Theme;
import org.coopgraph.model.port.QuestionHistory;
import org.springframework.stereotype.Service;

/**
 * The inputs of the agenda analyses per (region, year, data version): the snapshot, its collaboration
 * graph, competence balance and question history, built once and kept in the {@link DerivedCache}.
 * Every status change bumps the data version, so cached history is never stale.
 */
@Service
public final class ThemeAnalyses {

    private final RegionNetworks networks;
    private final DerivedCache cache;
    private final QuestionHistory history;

    public ThemeAnalyses(RegionNetworks networks, DerivedCache cache, QuestionHistory history) {
        this.networks = networks;
        this.cache = cache;
        this.history = history;
    }

    /** The region as of {@code year} (null: latest); 404 for an unknown region, 400 for a year without data. */
    public NetworkSnapshot snapshot(String regionId, Integer year) {
        return networks.at(regionId, year);
    }

    /**
     * The region as of {@code year}, also for a year before its data begins (then empty), for
     * comparisons with the year before the one asked about.
     */
    public NetworkSnapshot snapshotForComparison(String regionId, int year) {
        NetworkSnapshot latest = networks.current(regionId);
        boolean inSpan = latest.yearSpan().map(span -> span.contains(year)).orElse(false);
        return inSpan ? networks.at(regionId, year) : latest.asOf(year);
    }

    public AgendaInputs inputs(NetworkSnapshot snapshot) {
        return cache.get(snapshot, "agenda-inputs", "", () -> AgendaInputs.of(snapshot, history(snapshot)));
    }

    public List<QuestionStatusChange> history(NetworkSnapshot snapshot) {
        return cache.get(snapshot, "question-history", "", () -> history.changes(snapshot.region().id()));
    }

    /** The theme; 404 if the taxonomy has no such theme. */
    public static Theme theme(NetworkSnapshot snapshot, String themeId) {
        return snapshot.theme(themeId).orElseThrow(() -> new NotFoundException("theme", themeId));
    }

    public DerivedCache cache() {
        return cache;
    }
}

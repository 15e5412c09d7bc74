package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Tie;
import org.coopgraph.model.port.FeedbackStore.Decision;
import org.coopgraph.model.port.FeedbackStore.Feedback;

/**
 * Coordinators' decisions on suggestions, and how many accepted pairs have an explicit tie (any kind)
 * active in a year: the suggestion was taken up. Decisions carry no date, so only that test is per year.
 */
final class SuggestionSections {

    private SuggestionSections() {
    }

    static SuggestionsSection of(List<Feedback> decisions, NetworkSnapshot year, NetworkSnapshot previous) {
        List<Feedback> accepted = decisions.stream().filter(f -> f.decision() == Decision.ACCEPTED).toList();
        int rejected = (int) decisions.stream().filter(f -> f.decision() == Decision.REJECTED).count();
        return new SuggestionsSection(accepted.size(), rejected, withTie(accepted, year),
                previous == null ? null : withTie(accepted, previous));
    }

    private static int withTie(List<Feedback> accepted, NetworkSnapshot asOf) {
        Set<String> pairs = asOf.ties().stream().map(SuggestionSections::pairKey).collect(Collectors.toSet());
        return (int) accepted.stream().filter(f -> pairs.contains(f.pairKey())).count();
    }

    private static String pairKey(Tie tie) {
        return new Feedback(tie.fromId(), tie.toId(), Decision.ACCEPTED).pairKey();
    }
}

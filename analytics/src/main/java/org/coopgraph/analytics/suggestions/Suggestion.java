package org.coopgraph.analytics.suggestions;

import java.util.List;

/**
 * A suggested partner for a member: the total score, and every component's contribution (in the
 * scorer's component order, zero ones included) with its evidence. The total is the sum of the values.
 */
public record Suggestion(String memberId, String candidateId, double total, List<Contribution> contributions) {

    public Suggestion {
        contributions = List.copyOf(contributions);
    }
}

package org.coopgraph.analytics.resilience;

import java.util.List;

/**
 * The tracked communities of one year, largest first (equal sizes by smallest member id), with the
 * Leiden modularity of the whole partition, the number of members in communities below the minimum
 * size ({@code unclustered}: isolated members and tiny groups, not tracked) and the prior year's
 * communities that ended.
 */
public record CommunityYear(int year, double modularity, int unclustered, List<TrackedCommunity> communities,
                            List<EndedCommunity> ended) {

    public CommunityYear {
        communities = List.copyOf(communities);
        ended = List.copyOf(ended);
    }

    /** The community carrying a label this year, if any. */
    public java.util.Optional<TrackedCommunity> community(String label) {
        return communities.stream().filter(c -> c.label().equals(label)).findFirst();
    }
}

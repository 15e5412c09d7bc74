package org.coopgraph.api.network;

import java.util.List;

/**
 * One undirected edge of an exported network. Between two members it is their collaboration edge
 * ({@code ties} = 1); touching an aggregate it sums the folded member-to-member edges ({@code ties}
 * counts them). {@code weight} is the collaboration weight (explicit tie weights + 1 per supply link
 * + 1 per shared project, as in analytics' CollaborationGraph); {@code kinds} the tie kinds, plus
 * SUPPLIES for supply links and PROJECT for shared projects; {@code years} compact ("2019-2021");
 * {@code projects} the shared projects counted.
 */
public record NetEdge(String id, String source, String target, double weight, int ties, List<String> kinds,
                      String years, int projects) {

    public NetEdge {
        kinds = List.copyOf(kinds);
    }
}

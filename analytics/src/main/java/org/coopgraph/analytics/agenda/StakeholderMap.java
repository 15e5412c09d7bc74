package org.coopgraph.analytics.agenda;

import java.util.List;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Stance;

/**
 * The stakeholder map of one theme: every present member with a stake, placed on the Mendelow grid
 * and in a Mitchell salience class; the coalitions of supporters and of opponents; and every
 * supporter-opponent pair, split by how close they already are in the collaboration graph.
 * Lists are sorted: stakeholders and members by id, conflicts by supporter then opponent id.
 */
public record StakeholderMap(String themeId, int k, List<Stakeholder> stakeholders, Coalition supporters,
                             Coalition opponents, Conflicts collaborating, Conflicts withinReach,
                             Conflicts needBroker) {

    public StakeholderMap {
        stakeholders = List.copyOf(stakeholders);
    }

    /**
     * One stake. {@code power}: influence is high; {@code legitimacy}: involved in the theme's projects
     * or questions, or a government member (a public mandate); {@code urgency}: interest 5 or an open
     * question on the theme. {@code sectorCode} is the primary sector (null when none).
     */
    public record Stakeholder(String memberId, Helix helix, String sectorCode, int interest, int influence,
                              Stance stance, GridPosition grid, SalienceClass salience, boolean power,
                              boolean legitimacy, boolean urgency) {
    }

    /**
     * Members sharing a stance. {@code tiedPairs}: pairs of them who collaborate directly;
     * {@code clusters}: groups connected by those ties (each sorted, largest first, then by first id);
     * {@code tied}: all of them form one cluster (true only with two or more members).
     */
    public record Coalition(Stance stance, List<String> members, long pairs, int tiedPairCount,
                            List<List<String>> tiedPairs, List<List<String>> clusters, boolean tied) {
        public Coalition {
            members = List.copyOf(members);
            tiedPairs = tiedPairs.stream().map(List::copyOf).toList();
            clusters = clusters.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One class of conflicts: {@code total} pairs, of which {@code listed} shows at most
     * {@link AgendaRules#MAX_LISTED}, highest tension first (the sum of interest x influence of both
     * members), then supporter id, then opponent id.
     */
    public record Conflicts(int total, List<Conflict> listed) {
        public Conflicts {
            listed = List.copyOf(listed);
        }
    }

    /**
     * A supporter and an opponent. {@code hops}: their distance in the collaboration graph when at most
     * k (1 = they collaborate), else null; {@code via}: the members between them on one shortest path;
     * {@code brokers}: for pairs beyond k, members tied to both sides (at most
     * {@link AgendaRules#MAX_BROKERS} of {@code brokerCount}).
     */
    public record Conflict(String supporterId, String opponentId, int tension, Integer hops, List<String> via,
                           List<Broker> brokers, int brokerCount) {
        public Conflict {
            via = List.copyOf(via);
            brokers = List.copyOf(brokers);
        }
    }

    /**
     * A member that could bring a conflict's sides together: it collaborates directly with someone on
     * the supporters' side (the supporter or a fellow supporter) and someone on the opponents' side.
     * {@code stance} is its own stance on the theme, null without a stake.
     */
    public record Broker(String memberId, Stance stance, boolean tiedToPair, List<String> supporterSideTies,
                         List<String> opponentSideTies) {
        public Broker {
            supporterSideTies = List.copyOf(supporterSideTies);
            opponentSideTies = List.copyOf(opponentSideTies);
        }
    }
}

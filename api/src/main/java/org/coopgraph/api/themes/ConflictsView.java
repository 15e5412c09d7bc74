package org.coopgraph.api.themes;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.analytics.agenda.StakeholderMap.Broker;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflict;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflicts;
import org.coopgraph.model.Stance;

/**
 * One class of conflicts as a caller may see it: a pair with a member the caller may not see is left
 * out and counted in {@code hiddenListed}; a path through such a member is given as its length only
 * ({@code via} empty, {@code viaHidden} true); brokers keep only those shown. {@code total} counts all.
 */
record ConflictsView(int total, List<Pair> listed, int hiddenListed) {

    record Pair(String supporterId, String opponentId, int tension, Integer hops, List<String> via, boolean viaHidden,
                List<BrokerLine> brokers, int brokerCount) {
    }

    record BrokerLine(String memberId, Stance stance, boolean tiedToPair, List<String> supporterSideTies,
                      List<String> opponentSideTies) {
    }

    static ConflictsView of(Conflicts conflicts, Visibility visibility) {
        var listed = new ArrayList<Pair>();
        int hidden = 0;
        for (Conflict c : conflicts.listed()) {
            if (!visibility.showsAll(List.of(c.supporterId(), c.opponentId()))) {
                hidden++;
                continue;
            }
            boolean viaShown = visibility.showsAll(c.via());
            listed.add(new Pair(c.supporterId(), c.opponentId(), c.tension(), c.hops(), viaShown ? c.via() : List.of(),
                    !viaShown, c.brokers().stream().filter(b -> visibility.shows(b.memberId()))
                            .map(b -> broker(b, visibility)).toList(), c.brokerCount()));
        }
        return new ConflictsView(conflicts.total(), listed, hidden);
    }

    private static BrokerLine broker(Broker b, Visibility visibility) {
        return new BrokerLine(b.memberId(), b.stance(), b.tiedToPair(), visibility.shown(b.supporterSideTies()),
                visibility.shown(b.opponentSideTies()));
    }
}

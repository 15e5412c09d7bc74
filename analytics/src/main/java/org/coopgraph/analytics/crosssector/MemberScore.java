package org.coopgraph.analytics.crosssector;

import java.util.Objects;
import org.coopgraph.model.Helix;

/**
 * One member's brokerage position. {@code betweenness} is the raw undirected Brandes score (pairs
 * counted once), {@code normalizedBetweenness} divides by the (n-1)(n-2)/2 pairs it could lie
 * between; {@code constraint} is Burt's weighted constraint, null for a member without ties;
 * {@code community} indexes {@link Communities#communities()}.
 */
public record MemberScore(String memberId, String sector, Helix helix, int degree, double strength, double betweenness,
                          double normalizedBetweenness, Double constraint, BrokerageRoles brokerage, int community) {

    public MemberScore {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(helix, "helix");
        Objects.requireNonNull(brokerage, "brokerage");
        if (degree < 0 || strength < 0 || betweenness < 0 || normalizedBetweenness < 0 || community < 0) {
            throw new IllegalArgumentException("scores must not be negative for " + memberId);
        }
    }
}

package org.coopgraph.analytics.crosssector;

import java.util.List;
import java.util.Objects;

/**
 * Everything the cross-sector question asks of one snapshot. {@code members} holds every present
 * member's scores sorted by id; {@code topBrokers} the members with positive betweenness, highest
 * first (ties by id), at most {@link CrossSectorOptions#topBrokers()}. {@code betweennessSources} is
 * the number of Brandes sources used, equal to {@code memberCount} when betweenness is exact.
 */
public record CrossSectorResult(SectorLevel level, int memberCount, long tieCount,
                                MixingMatrix sectorMixing, MixingMatrix helixMixing,
                                EiIndex sectorEi, EiIndex helixEi, List<CrossSectorTie> crossSectorTies,
                                boolean betweennessExact, int betweennessSources,
                                List<MemberScore> topBrokers, List<MemberScore> members,
                                Connectivity connectivity, Communities communities) {

    public CrossSectorResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sectorMixing, "sectorMixing");
        Objects.requireNonNull(helixMixing, "helixMixing");
        Objects.requireNonNull(sectorEi, "sectorEi");
        Objects.requireNonNull(helixEi, "helixEi");
        Objects.requireNonNull(connectivity, "connectivity");
        Objects.requireNonNull(communities, "communities");
        crossSectorTies = List.copyOf(crossSectorTies);
        topBrokers = List.copyOf(topBrokers);
        members = List.copyOf(members);
        if (members.size() != memberCount) {
            throw new IllegalArgumentException("members must hold all " + memberCount + " members");
        }
    }

    /** One member's scores, if the member is in the snapshot. */
    public java.util.Optional<MemberScore> member(String memberId) {
        int low = 0;
        int high = members.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = members.get(mid).memberId().compareTo(memberId);
            if (order == 0) {
                return java.util.Optional.of(members.get(mid));
            }
            low = order < 0 ? mid + 1 : low;
            high = order < 0 ? high : mid - 1;
        }
        return java.util.Optional.empty();
    }
}

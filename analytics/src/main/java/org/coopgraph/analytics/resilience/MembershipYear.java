package org.coopgraph.analytics.resilience;

import java.util.List;

/**
 * Who joined and who left between {@code year - 1} and {@code year}, by member id (sorted), and the
 * counts by helix (every helix, in enum order) and by sector (the sectors present in either year by
 * code, "UNKNOWN" last). Ids are listed whatever the member's consent: a public report must filter them.
 */
public record MembershipYear(int year, int previous, int present, List<String> joined, List<String> left,
                             List<GroupChange> byHelix, List<GroupChange> bySector) {

    public MembershipYear {
        joined = List.copyOf(joined);
        left = List.copyOf(left);
        byHelix = List.copyOf(byHelix);
        bySector = List.copyOf(bySector);
        if (present != previous + joined.size() - left.size()) {
            throw new IllegalArgumentException("present must be previous + joined - left in " + year);
        }
    }
}

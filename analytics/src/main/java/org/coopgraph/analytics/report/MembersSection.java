package org.coopgraph.analytics.report;

import java.util.List;

/**
 * Membership in the report year beside the previous year, and the member count over every year of
 * the region's data ({@code series}, oldest first).
 */
public record MembersSection(MembersYear year, MembersYear previous, List<MembersPoint> series) {

    public MembersSection {
        series = List.copyOf(series);
    }

    /**
     * Members present at the end of {@code year} (joined by then, not left), by helix (Helix order) and
     * by primary sector at SBI section level (most first, then code); {@code joined} members joined in
     * the year, {@code left} members left in it (a member counts as gone from the year it left). The
     * lists of members are in label order with unnamed members last.
     */
    public record MembersYear(int year, int total, int joinedCount, int leftCount, List<Count> byHelix,
                              List<Count> bySector, List<MemberRef> joined, List<MemberRef> left) {
        public MembersYear {
            byHelix = List.copyOf(byHelix);
            bySector = List.copyOf(bySector);
            joined = List.copyOf(joined);
            left = List.copyOf(left);
        }
    }

    /** One year of the membership series. */
    public record MembersPoint(int year, int total, int joined, int left) {
    }
}

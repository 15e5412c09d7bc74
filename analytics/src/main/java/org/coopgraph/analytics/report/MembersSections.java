package org.coopgraph.analytics.report;

import java.util.Comparator;
import java.util.List;
import org.coopgraph.analytics.report.MembersSection.MembersPoint;
import org.coopgraph.analytics.report.MembersSection.MembersYear;
import org.coopgraph.analytics.resilience.GroupChange;
import org.coopgraph.analytics.resilience.MembershipYear;

/** Membership per year, read off {@link MembershipYear}: counts by helix and section, named joiners and leavers. */
final class MembersSections {

    static final int LISTED = 50;

    private final MemberNames names;

    MembersSections(MemberNames names) {
        this.names = names;
    }

    /** {@code change} at SBI section level. Sections with no present member are left out. */
    MembersYear year(MembershipYear change) {
        List<Count> byHelix = change.byHelix().stream()
                .map(g -> new Count(g.group(), g.group(), g.present())).toList();
        List<Count> bySector = change.bySector().stream().filter(g -> g.present() > 0)
                .map(g -> new Count(label(g), names.sectorLabel(label(g)), g.present()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::key))
                .toList();
        return new MembersYear(change.year(), change.present(), change.joined().size(), change.left().size(),
                byHelix, bySector, names.refs(change.joined(), LISTED), names.refs(change.left(), LISTED));
    }

    static MembersPoint point(MembershipYear change) {
        return new MembersPoint(change.year(), change.present(), change.joined().size(), change.left().size());
    }

    private static String label(GroupChange group) {
        return org.coopgraph.analytics.crosssector.SectorLevel.UNKNOWN_SECTOR.equals(group.group())
                ? MemberNames.NO_SECTOR : group.group();
    }
}

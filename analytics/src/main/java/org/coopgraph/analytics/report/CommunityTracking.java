package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopgraph.analytics.crosssector.Community;
import org.coopgraph.analytics.crosssector.CrossSectorResult;
import org.coopgraph.analytics.report.CommunitiesSection.CommunitiesPoint;
import org.coopgraph.analytics.report.CommunitySections.Labelled;
import org.coopgraph.analytics.resilience.YearHistory;

/**
 * INTERIM until the resilience package's community tracking lands: labels the previous year's
 * communities C1.. by size and gives each of this year's communities, largest first, the unused
 * previous label it shares most members with.
 */
final class CommunityTracking {

    private final CommunitySections sections;

    CommunityTracking(MemberNames names) {
        this.sections = new CommunitySections(names);
    }

    CommunitiesSection section(YearHistory history, int year, Integer prev, CrossSectorResult cs, CrossSectorResult csPrev) {
        List<Labelled> before = csPrev == null ? null : initial(csPrev.communities().communities());
        List<Labelled> now = before == null ? initial(cs.communities().communities()) : match(cs.communities().communities(), before);
        List<CommunitiesPoint> series = new ArrayList<>();
        if (csPrev != null) {
            series.add(new CommunitiesPoint(prev, csPrev.communities().communities().size(), csPrev.communities().modularity()));
        }
        series.add(new CommunitiesPoint(year, cs.communities().communities().size(), cs.communities().modularity()));
        return new CommunitiesSection(sections.year(year, cs.communities(), now, before),
                csPrev == null ? null : sections.year(prev, csPrev.communities(), before, null), series);
    }

    private static List<Labelled> initial(List<Community> communities) {
        return communities.stream().map(c -> new Labelled("C" + (c.index() + 1), c)).toList();
    }

    private static List<Labelled> match(List<Community> communities, List<Labelled> before) {
        Set<String> used = new HashSet<>();
        int next = before.size() + 1;
        List<Labelled> out = new ArrayList<>();
        for (Community c : communities) {
            Set<String> members = new HashSet<>(c.members());
            Labelled best = null;
            long bestOverlap = 0;
            for (Labelled b : before) {
                long overlap = b.community().members().stream().filter(members::contains).count();
                if (!used.contains(b.label()) && overlap > bestOverlap) {
                    best = b;
                    bestOverlap = overlap;
                }
            }
            String label = best == null ? "C" + next++ : best.label();
            used.add(label);
            out.add(new Labelled(label, c));
        }
        return out;
    }
}

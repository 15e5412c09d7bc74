package org.coopgraph.analytics.report;

import java.util.List;
import org.coopgraph.analytics.crosssector.LabelCount;
import org.coopgraph.analytics.report.CommunitiesSection.CommunitiesPoint;
import org.coopgraph.analytics.report.CommunitiesSection.CommunitiesYear;
import org.coopgraph.analytics.report.CommunitiesSection.CommunityInfo;
import org.coopgraph.analytics.resilience.CommunityChange;
import org.coopgraph.analytics.resilience.CommunityTimeline;
import org.coopgraph.analytics.resilience.CommunityYear;
import org.coopgraph.analytics.resilience.EndedCommunity;
import org.coopgraph.analytics.resilience.TrackedCommunity;

/** The communities part, read off the resilience package's {@link CommunityTimeline} (labels tracked over every year). */
final class CommunitySections {

    static final int LISTED_SECTORS = 5;

    private final MemberNames names;

    CommunitySections(MemberNames names) {
        this.names = names;
    }

    CommunitiesSection section(CommunityTimeline timeline, int year, Integer prev) {
        List<CommunitiesPoint> series = timeline.years().stream()
                .map(y -> new CommunitiesPoint(y.year(), y.communities().size(), y.modularity())).toList();
        return new CommunitiesSection(year(timeline.year(year)), prev == null ? null : year(timeline.year(prev)), series);
    }

    private CommunitiesYear year(CommunityYear year) {
        List<CommunityInfo> infos = year.communities().stream().map(this::info).toList();
        List<String> ended = year.ended().stream().map(EndedCommunity::label).sorted().toList();
        return new CommunitiesYear(year.year(), year.modularity(), infos, ended);
    }

    private CommunityInfo info(TrackedCommunity c) {
        boolean fresh = c.change() == CommunityChange.NEW;
        return new CommunityInfo(c.label(), c.size(), fresh ? null : c.previousSize(), c.stayed(), c.joined(), c.left(),
                counts(c.sectors(), LISTED_SECTORS, true), counts(c.helices(), Integer.MAX_VALUE, false), c.change().name());
    }

    private List<Count> counts(List<LabelCount> counts, int limit, boolean sectors) {
        return counts.stream().limit(limit)
                .map(c -> new Count(c.label(), sectors ? names.sectorLabel(c.label()) : c.label(), c.count())).toList();
    }
}

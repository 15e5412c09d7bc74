package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopgraph.analytics.crosssector.Communities;
import org.coopgraph.analytics.crosssector.Community;
import org.coopgraph.analytics.crosssector.LabelCount;
import org.coopgraph.analytics.report.CommunitiesSection.CommunitiesYear;
import org.coopgraph.analytics.report.CommunitiesSection.CommunityInfo;

/**
 * The communities part of a year: each community with its label, its make-up and how it changed
 * against the same-label community the year before. Labels come from the caller (tracked over the years).
 */
final class CommunitySections {

    static final int LISTED_SECTORS = 5;

    private final MemberNames names;

    CommunitySections(MemberNames names) {
        this.names = names;
    }

    /** A labelled community: its label and the crosssector community it is. */
    record Labelled(String label, Community community) {
    }

    CommunitiesYear year(int year, Communities communities, List<Labelled> now, List<Labelled> before) {
        List<CommunityInfo> infos = new ArrayList<>();
        for (Labelled c : now) {
            Labelled previous = before == null ? null
                    : before.stream().filter(b -> b.label().equals(c.label())).findFirst().orElse(null);
            Set<String> was = previous == null ? Set.of() : new HashSet<>(previous.community().members());
            int stayed = (int) c.community().members().stream().filter(was::contains).count();
            Set<String> is = new HashSet<>(c.community().members());
            int left = (int) was.stream().filter(m -> !is.contains(m)).count();
            infos.add(new CommunityInfo(c.label(), c.community().size(), previous == null ? null : previous.community().size(),
                    stayed, c.community().size() - stayed, left, counts(c.community().sectors(), true),
                    counts(c.community().helices(), false)));
        }
        infos.sort(Comparator.comparingInt(CommunityInfo::size).reversed().thenComparing(CommunityInfo::label));
        Set<String> labels = new HashSet<>();
        now.forEach(c -> labels.add(c.label()));
        List<String> dissolved = before == null ? List.of()
                : before.stream().map(Labelled::label).filter(l -> !labels.contains(l)).sorted().toList();
        return new CommunitiesYear(year, communities.modularity(), infos, dissolved);
    }

    private List<Count> counts(List<LabelCount> counts, boolean sectors) {
        return counts.stream().limit(sectors ? LISTED_SECTORS : Integer.MAX_VALUE)
                .map(c -> new Count(c.label(), sectors ? names.sectorLabel(c.label()) : c.label(), c.count())).toList();
    }
}

package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.report.MembersSection.MembersPoint;
import org.coopgraph.analytics.report.MembersSection.MembersYear;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/** Membership per year: counts by helix and section, who joined and who left. */
final class MembersSections {

    private static final int LISTED = 50;

    private final NetworkSnapshot all;
    private final MemberNames names;

    MembersSections(NetworkSnapshot all, MemberNames names) {
        this.all = all;
        this.names = names;
    }

    MembersYear year(NetworkSnapshot asOf, int year) {
        List<Member> present = asOf.members();
        int[] helices = new int[Helix.values().length];
        Map<String, Integer> sections = new TreeMap<>();
        for (Member m : present) {
            helices[m.helix().ordinal()]++;
            sections.merge(names.sectionOf(m), 1, Integer::sum);
        }
        List<Count> byHelix = new ArrayList<>();
        for (Helix h : Helix.values()) {
            byHelix.add(new Count(h.name(), h.name(), helices[h.ordinal()]));
        }
        List<String> joined = all.members().stream().filter(m -> m.joined() != null && m.joined() == year)
                .map(Member::id).toList();
        List<String> left = all.members().stream().filter(m -> m.left() != null && m.left() == year)
                .map(Member::id).toList();
        return new MembersYear(year, present.size(), joined.size(), left.size(), byHelix, counts(sections),
                names.refs(joined, LISTED), names.refs(left, LISTED));
    }

    MembersPoint point(NetworkSnapshot asOf, int year) {
        int joined = (int) all.members().stream().filter(m -> m.joined() != null && m.joined() == year).count();
        int left = (int) all.members().stream().filter(m -> m.left() != null && m.left() == year).count();
        return new MembersPoint(year, asOf.members().size(), joined, left);
    }

    /** Section counts, most first, then by code. */
    List<Count> counts(Map<String, Integer> sections) {
        return sections.entrySet().stream()
                .map(e -> new Count(e.getKey(), names.sectorLabel(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::key))
                .toList();
    }
}

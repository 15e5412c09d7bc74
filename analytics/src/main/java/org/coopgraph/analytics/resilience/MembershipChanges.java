package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Joiners and leavers per year from the members' join and leave years ({@link Member#activeIn}, the
 * rule {@link NetworkSnapshot#asOf} applies): a member is present in a year when it joined in or
 * before it (or has no join year) and had not left by it; joined in t = present in t but not in t-1,
 * left in t = present in t-1 but not in t.
 */
public final class MembershipChanges {

    private MembershipChanges() {
    }

    /** One entry per year from {@code firstYear} to {@code lastYear}, each against the year before. */
    public static List<MembershipYear> of(NetworkSnapshot all, int firstYear, int lastYear, SectorLevel level) {
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(level, "level");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("first year " + firstYear + " is after last year " + lastYear);
        }
        List<MembershipYear> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(year(all, year, level));
        }
        return years;
    }

    public static MembershipYear year(NetworkSnapshot all, int year, SectorLevel level) {
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(level, "level");
        List<Member> before = all.members().stream().filter(m -> m.activeIn(year - 1)).toList();
        List<Member> now = all.members().stream().filter(m -> m.activeIn(year)).toList();
        List<Member> joined = now.stream().filter(m -> !m.activeIn(year - 1)).toList();
        List<Member> left = before.stream().filter(m -> !m.activeIn(year)).toList();
        Function<Member, String> helix = m -> m.helix().name();
        Function<Member, String> sector = m -> level.codeOf(m, all.taxonomy());
        var helixGroups = new ArrayList<String>();
        for (Helix h : Helix.values()) {
            helixGroups.add(h.name());
        }
        var sectorGroups = new TreeSet<String>();
        before.forEach(m -> sectorGroups.add(sector.apply(m)));
        now.forEach(m -> sectorGroups.add(sector.apply(m)));
        List<String> sectors = new ArrayList<>(sectorGroups);
        if (sectors.remove(SectorLevel.UNKNOWN_SECTOR)) {
            sectors.add(SectorLevel.UNKNOWN_SECTOR);
        }
        return new MembershipYear(year, before.size(), now.size(), ids(joined), ids(left),
                changes(helixGroups, helix, before, now, joined, left), changes(sectors, sector, before, now, joined, left));
    }

    private static List<GroupChange> changes(List<String> groups, Function<Member, String> groupOf, List<Member> before,
                                             List<Member> now, List<Member> joined, List<Member> left) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        groups.forEach(g -> counts.put(g, new int[4]));
        before.forEach(m -> counts.get(groupOf.apply(m))[0]++);
        now.forEach(m -> counts.get(groupOf.apply(m))[1]++);
        joined.forEach(m -> counts.get(groupOf.apply(m))[2]++);
        left.forEach(m -> counts.get(groupOf.apply(m))[3]++);
        return counts.entrySet().stream()
                .map(e -> new GroupChange(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    private static List<String> ids(List<Member> members) {
        return members.stream().map(Member::id).toList();           // all.members() is sorted by id
    }
}

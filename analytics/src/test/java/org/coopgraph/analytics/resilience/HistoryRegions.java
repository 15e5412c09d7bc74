package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;

/**
 * A seeded region with years of history for timing: a Holme-Kim-style growth (each newcomer ties to
 * m members, by preferential attachment or, with probability pTriad, to a contact of its last
 * target). Half the members are founders (no join year), the rest join over the years in id order;
 * one in ten leaves later; a tie starts when its younger end joins and one in ten ends early.
 */
final class HistoryRegions {

    static final Taxonomy TAXONOMY = Taxonomy.of(List.of(new Sector("C", null, "Industrie", 1, null),
            new Sector("10", null, "Voedingsmiddelen", 2, "C"), new Sector("25", null, "Metaal", 2, "C"),
            new Sector("28", null, "Machines", 2, "C"), new Sector("K", null, "Financieel", 1, null),
            new Sector("64", null, "Banken", 2, "K"), new Sector("P", null, "Onderwijs", 1, null),
            new Sector("85", null, "Onderwijs", 2, "P"), new Sector("M", null, "Advies", 1, null),
            new Sector("70", null, "Advies", 2, "M"), new Sector("72", null, "Onderzoek", 2, "M")), List.of(), List.of());
    private static final String[] CODES = {"10", "25", "28", "64", "85", "70", "72", "C"};

    private HistoryRegions() {
    }

    static NetworkSnapshot region(int n, int m, double pTriad, int firstYear, int lastYear, long seed) {
        var random = new Random(seed);
        int span = lastYear - firstYear + 1;
        Integer[] joined = new Integer[n];
        List<Member> members = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            joined[v] = v < n / 2 ? null : firstYear + (int) ((long) (v - n / 2) * span / (n - n / 2));
            int from = joined[v] == null ? firstYear : joined[v];
            Integer left = random.nextInt(10) == 0 && from < lastYear ? from + 1 + random.nextInt(lastYear - from) : null;
            members.add(new Member(String.format("m%06d", v), "Member " + v, MemberKind.COMPANY,
                    Helix.values()[random.nextInt(5)], null, null, null, random.nextBoolean(), joined[v], left,
                    random.nextInt(25) == 0 ? List.of() : List.of(new SectorLink(CODES[random.nextInt(CODES.length)], true)),
                    null, null, null, null));
        }
        List<Set<Integer>> contacts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Tie> ties = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            contacts.add(new HashSet<>());
            int previous = -1;
            for (int k = 0; k < Math.min(m, v); k++) {
                int target = -1;
                if (previous >= 0 && random.nextDouble() < pTriad) {
                    List<Integer> near = new ArrayList<>(contacts.get(previous));
                    int candidate = near.isEmpty() ? -1 : near.get(random.nextInt(near.size()));
                    target = candidate == v || candidate < 0 || contacts.get(v).contains(candidate) ? -1 : candidate;
                }
                for (int attempt = 0; target < 0 && attempt < 50; attempt++) {
                    int candidate = ends.isEmpty() ? random.nextInt(v) : ends.get(random.nextInt(ends.size()));
                    target = candidate == v || contacts.get(v).contains(candidate) ? -1 : candidate;
                }
                if (target < 0) {
                    continue;
                }
                contacts.get(v).add(target);
                contacts.get(target).add(v);
                ends.add(v);
                ends.add(target);
                previous = target;
                Integer since = joined[v] == null ? joined[target] : joined[v];     // v is the younger, ids join in order
                if (joined[v] != null && joined[target] != null) {
                    since = Math.max(joined[v], joined[target]);
                }
                int start = since == null ? firstYear : since;
                Integer until = random.nextInt(10) == 0 && start < lastYear ? start + random.nextInt(lastYear - start) : null;
                ties.add(new Tie(members.get(target).id(), members.get(v).id(), null, since, until, 1.0 + random.nextInt(3)));
            }
        }
        return new NetworkSnapshot(new Region("history", "History", "NL"), 1, null, TAXONOMY, members, List.of(), List.of(),
                ties, List.of());
    }
}

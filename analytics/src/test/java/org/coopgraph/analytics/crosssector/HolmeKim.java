package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Tie;

/**
 * A Holme-Kim power-law cluster graph (Holme and Kim 2002): each newcomer makes m ties, the first by
 * preferential attachment, each further one with probability pTriad to a contact of the previous
 * target (closing a triangle), else again by preferential attachment. Used for timing only.
 */
final class HolmeKim {

    private static final String[] CODES = {"1071", "10", "25", "C", "64", "85", "P"};

    private HolmeKim() {
    }

    static NetworkSnapshot region(int n, int m, double pTriad, long seed) {
        var random = new Random(seed);
        List<Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            members.add(RandomRegions.member(String.format("m%06d", i), Helix.values()[random.nextInt(5)],
                    random.nextInt(20) == 0 ? null : CODES[random.nextInt(CODES.length)]));
        }
        List<Set<Integer>> contacts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();                  // every tie end once: degree-proportional draws
        List<Tie> ties = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            contacts.add(new HashSet<>());
            int previous = -1;
            for (int k = 0; k < Math.min(m, v); k++) {
                int target = -1;
                if (previous >= 0 && random.nextDouble() < pTriad) {
                    target = pick(new ArrayList<>(contacts.get(previous)), v, contacts.get(v), random);
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
                ties.add(new Tie(members.get(v).id(), members.get(target).id(), null, null, null, 1.0 + random.nextInt(3)));
                previous = target;
            }
        }
        return RandomRegions.snapshot(members, ties);
    }

    private static int pick(List<Integer> options, int self, Set<Integer> taken, Random random) {
        options.sort(null);
        options.removeIf(o -> o == self || taken.contains(o));
        return options.isEmpty() ? -1 : options.get(random.nextInt(options.size()));
    }
}

package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Tie;

/** Seeded random regions over the SBI sample, and the same region under other ids. */
final class RandomRegions {

    private static final String[] CODES = {"1071", "10", "25", "C", "64", "85", "P", "99-not-in-taxonomy"};

    private RandomRegions() {
    }

    static Member member(String id, Helix helix, String sectorCode) {
        return new Member(id, "Member " + id, MemberKind.COMPANY, helix, null, null, null, true, null, null,
                sectorCode == null ? List.of() : List.of(new SectorLink(sectorCode, true)), null, null, null, null);
    }

    static NetworkSnapshot snapshot(List<Member> members, List<Tie> ties) {
        return new NetworkSnapshot(new Region("random", "Random", "NL"), 1, null, SbiSample.TAXONOMY, members,
                List.of(), List.of(), ties, List.of());
    }

    /** n members with random helix and sector (some without), ties with probability p and weights 1..3. */
    static NetworkSnapshot region(int n, double p, Random random) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int code = random.nextInt(CODES.length + 1);
            members.add(member(String.format("m%03d", i), Helix.values()[random.nextInt(Helix.values().length)],
                    code == CODES.length ? null : CODES[code]));
        }
        List<Tie> ties = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextDouble() < p) {
                    ties.add(new Tie(members.get(a).id(), members.get(b).id(), null, null, null, 1.0 + random.nextInt(3)));
                }
            }
        }
        return snapshot(members, ties);
    }

    /** A random one-to-one renaming of the members that scrambles their id order. */
    static UnaryOperator<String> renaming(NetworkSnapshot snapshot, Random random) {
        Set<String> used = new HashSet<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (Member m : snapshot.members()) {
            String name;
            do {
                name = "x" + random.nextInt(1_000_000);
            } while (!used.add(name));
            names.put(m.id(), name);
        }
        return names::get;
    }

    static NetworkSnapshot renamed(NetworkSnapshot snapshot, UnaryOperator<String> rename) {
        List<Member> members = snapshot.members().stream()
                .map(m -> member(rename.apply(m.id()), m.helix(), m.primarySectorCode())).toList();
        List<Tie> ties = snapshot.ties().stream()
                .map(t -> new Tie(rename.apply(t.fromId()), rename.apply(t.toId()), t.kind(), null, null, t.weight())).toList();
        return snapshot(members, ties);
    }

    static NetworkSnapshot withMember(NetworkSnapshot snapshot, Member extra) {
        List<Member> members = new ArrayList<>(snapshot.members());
        members.add(extra);
        return snapshot(members, snapshot.ties());
    }
}

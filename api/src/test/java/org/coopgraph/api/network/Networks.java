package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.TieKind;

/** Small snapshots for the network tests: a tiny SBI tree and seeded random regions with random consent. */
final class Networks {

    static final List<Sector> SECTORS = List.of(new Sector("C", null, "Industrie", 1, null),
            new Sector("28", null, "Vervaardiging van machines", 2, "C"),
            new Sector("28.1", null, "Motoren en turbines", 3, "28"),
            new Sector("10", null, "Voedingsmiddelen", 2, "C"),
            new Sector("P", null, "Onderwijs", 1, null),
            new Sector("85", null, "Onderwijs", 2, "P"));
    static final Taxonomy TAXONOMY = Taxonomy.of(SECTORS, List.of(), List.of());

    private Networks() {
    }

    static Member member(String id, String name, Helix helix, String sector, boolean consent) {
        return new Member(id, name, MemberKind.COMPANY, helix, "Place of " + name, null,
                "https://" + id + ".example", consent, 2019, null,
                sector == null ? List.of() : List.of(new SectorLink(sector, true)), List.of(), List.of(), List.of(), List.of());
    }

    static Tie tie(String from, String to, TieKind kind, Integer since, Integer until, double weight) {
        return new Tie(from, to, kind, since, until, weight);
    }

    static NetworkSnapshot snapshot(List<Member> members, List<Tie> ties, List<Project> projects) {
        return new NetworkSnapshot(new Region("tiny", "Tiny", "NL"), 3, null, TAXONOMY, members, projects, List.of(),
                ties, List.of());
    }

    static NetworkSnapshot of(RegionDocument doc) {
        return new NetworkSnapshot(doc.region(), 1, null, Taxonomy.of(doc.sectors(), doc.skills(), doc.themes()),
                doc.members(), doc.projects(), doc.questions(), doc.ties(), doc.valueChains());
    }

    /**
     * A seeded random region of 3-40 members, about half consenting, whose ids, names, places and
     * web addresses all carry a random tag, so a leak shows as an exact substring and never by accident.
     */
    static RegionDocument randomRegion(long seed, String regionId) {
        var rnd = new Random(seed);
        int n = 3 + rnd.nextInt(38);
        String[] sectors = {"28", "28.1", "10", "85", "C", null};
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String tag = Long.toHexString(rnd.nextLong() & 0xffffffffffL);
            members.add(new Member("org" + i + "x" + tag, "Org " + tag + " BV", MemberKind.values()[rnd.nextInt(MemberKind.values().length)],
                    Helix.values()[rnd.nextInt(Helix.values().length)], "Town" + tag, null, "https://w" + tag + ".example",
                    rnd.nextBoolean(), 2015 + rnd.nextInt(5), rnd.nextInt(8) == 0 ? 2022 : null,
                    sectors[rnd.nextInt(sectors.length)] == null ? List.of()
                            : List.of(new SectorLink(sectors[rnd.nextInt(sectors.length - 1)], true)),
                    List.of(), List.of(), List.of(), List.of()));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rnd.nextDouble() < 4.0 / n) {
                    ties.add(new Tie(members.get(i).id(), members.get(j).id(), TieKind.values()[rnd.nextInt(TieKind.values().length)],
                            2016 + rnd.nextInt(4), rnd.nextBoolean() ? null : 2024, 1.0 + rnd.nextInt(3)));
                }
            }
        }
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < 1 + n / 5; p++) {
            List<Participation> people = new ArrayList<>();
            for (int k = 0; k < 2 + rnd.nextInt(3); k++) {
                String who = members.get(rnd.nextInt(n)).id();
                if (people.stream().noneMatch(x -> x.memberId().equals(who))) {
                    people.add(new Participation(who, ParticipationRole.PARTNER, null, null));
                }
            }
            projects.add(new Project("p" + p + "x" + Long.toHexString(rnd.nextLong() & 0xffffffL), "Project " + p,
                    2018 + rnd.nextInt(4), null, null, people, List.of(), List.of()));
        }
        return new RegionDocument(new Region(regionId, "Random " + seed, "NL"), SECTORS, List.of(), List.of(), members,
                projects, List.of(), ties, List.of());
    }
}

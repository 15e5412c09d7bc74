package org.coopgraph.model;

import java.time.LocalDate;
import java.util.List;

/** Small valid records to vary in tests. */
final class Samples {

    private Samples() {
    }

    static Member member(String id) {
        return member(id, null, null);
    }

    static Member member(String id, Integer joined, Integer left) {
        return new Member(id, "Member " + id, MemberKind.COMPANY, Helix.INDUSTRY, "Stadskanaal", SizeClass.SMALL,
                "https://example.org", true, joined, left, List.of(new SectorLink("C", true)),
                List.of(new SkillLevel("s1", 3)), List.of(), List.of(), List.of());
    }

    static RegionDocument document() {
        return new RegionDocument(new Region("r", "Region", "NL"),
                List.of(new Sector("C", null, "Industrie", 1, null), new Sector("28", null, "Machines", 2, "C")),
                List.of(new Skill("s1", "Welding", "technical", null), new Skill("s2", "TIG welding", "technical", "s1")),
                List.of(new Theme("energy", "Energy transition")),
                List.of(member("a", 2019, null), member("b", 2020, 2023)),
                List.of(new Project("p", "Project", 2021, 2024, null,
                        List.of(new Participation("a", ParticipationRole.LEAD, null, null),
                                new Participation("b", ParticipationRole.PARTNER, 2021, 2022)),
                        List.of(new Requirement("s2", 3, null)), List.of("energy"))),
                List.of(new Question("q", "a", "Wie kan lassen?", LocalDate.of(2022, 5, 1), null, List.of("s2"), List.of("energy"))),
                List.of(new Tie("a", "b", TieKind.SUPPLY, 2020, 2022, null)),
                List.of(new ValueChain("vc", "Chain", List.of(new ChainStep("s-2", "Assemble", 2, List.of("28"), List.of()),
                        new ChainStep("s-1", "Weld", 1, List.of(), List.of("s1"))))));
    }
}

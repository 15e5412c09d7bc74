package org.coopgraph.cypher;

import static org.coopgraph.model.Helix.CIVIL_SOCIETY;
import static org.coopgraph.model.Helix.EDUCATION;
import static org.coopgraph.model.Helix.INDUSTRY;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.SizeClass;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.ValueChain;
import org.coopgraph.model.port.NetworkStore;
import org.coopgraph.model.port.SnapshotSource;

/**
 * A hand-written region using every field and relationship once, with lists deliberately out of
 * canonical order and optional fields left null. m2 left in 2022; q1 was asked in 2021.
 */
final class TinyRegion {

    private TinyRegion() {
    }

    static RegionDocument document(String regionId) {
        return new RegionDocument(new Region(regionId, "Tiny " + regionId, "NL"),
                List.of(new Sector("C", null, "Industrie", 1, null),
                        new Sector("C10", null, "Vervaardiging van voedingsmiddelen", 2, "C"),
                        new Sector("P", null, "Onderwijs", 1, null)),
                List.of(new Skill("sk-food", "Food technology", "technical", null),
                        new Skill("sk-starch", "Starch processing", "technical", "sk-food"),
                        new Skill("sk-teach", "Teaching", null, null)),
                List.of(new Theme("energy", "Energy transition"), new Theme("talent", "Talent retention")),
                List.of(member("m1", List.of(new SkillLevel("sk-starch", 5), new SkillLevel("sk-food", 3))),
                        new Member("m2", "Noord College", MemberKind.SCHOOL, EDUCATION, null, null, null, false, 2019, 2022,
                                List.of(new SectorLink("P", true)), List.of(new SkillLevel("sk-teach", 4)),
                                List.of("sk-food"), List.of(), List.of(new Stake("talent", 4, 2, Stance.NEUTRAL))),
                        new Member("m3", "Jan", MemberKind.PERSON, CIVIL_SOCIETY, null, null, null, null, null, null,
                                null, null, null, null, null)),
                List.of(new Project("p1", "Bio-based packaging", 2019, 2021, ProjectStatus.COMPLETED,
                                List.of(new Participation("m2", ParticipationRole.STUDENT_TEAM, 2020, 2020),
                                        new Participation("m1", ParticipationRole.LEAD, null, null)),
                                List.of(new Requirement("sk-teach", null, null), new Requirement("sk-starch", 4, 5)),
                                List.of("energy")),
                        new Project("p2", "Talent lab", 2023, null, null,
                                List.of(new Participation("m3", ParticipationRole.EXPERT, null, null)), null, List.of("talent"))),
                List.of(new Question("q1", "m3", "Who can teach starch processing?", LocalDate.of(2021, 3, 1), null,
                        List.of("sk-starch"), List.of("talent", "energy"))),
                List.of(new Tie("m2", "m3", null, null, null, null), new Tie("m1", "m2", TieKind.SUPPLY, 2019, 2021, 2.5)),
                List.of(new ValueChain("vc1", "Starch to packaging", List.of(
                        new ChainStep("s2", "Packaging", 2, List.of("C"), List.of()),
                        new ChainStep("s1", "Processing", 1, List.of("C10"), List.of("sk-starch", "sk-food"))))));
    }

    /** m1 as in {@link #document} but with the given skills. */
    static Member member(String id, List<SkillLevel> skills) {
        return new Member(id, "Starch Co", MemberKind.COMPANY, INDUSTRY, "Veendam", SizeClass.LARGE,
                "https://starch.example", true, 2018, null,
                List.of(new SectorLink("C10", true), new SectorLink("C", false)), skills, List.of(),
                List.of("m2"), List.of(new Stake("energy", 5, 4, Stance.SUPPORTS)));
    }

    static RegionDocument withMembers(RegionDocument doc, List<Member> members) {
        return new RegionDocument(doc.region(), doc.sectors(), doc.skills(), doc.themes(), members,
                doc.projects(), doc.questions(), doc.ties(), doc.valueChains());
    }

    /** Plans the document against what the store holds now, as the api does, and applies it. */
    static ImportPlan plan(SnapshotSource source, RegionDocument doc) {
        NetworkSnapshot current = source.load(doc.region().id())
                .orElseGet(() -> NetworkSnapshot.empty(doc.region(), source.taxonomy()));
        return ImportPlan.between(current, doc);
    }

    static long importInto(NetworkStore store, SnapshotSource source, RegionDocument doc) {
        return store.apply(plan(source, doc));
    }
}

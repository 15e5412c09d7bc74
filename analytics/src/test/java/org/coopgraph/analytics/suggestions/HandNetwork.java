package org.coopgraph.analytics.suggestions;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Region;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;

/**
 * The hand-worked network every component test uses. Ties: a-c, b-c, a-d, b-d, d-e; project P
 * (a, x) needs s2 at level 2, which neither has. Skills: s1 is the parent of s2 and s3; b has s2
 * (level 3), e has s3, a has s4, which b's open question Q needs. Sectors (SBI divisions): a and x
 * 25, b 62, f 85, e and c none; helix: b and f EDUCATION, the rest INDUSTRY. Chain K: k1 (25), k2
 * (62), k3 (85). Themes: a and b SUPPORT energy, e OPPOSES it; a is NEUTRAL on care, b's question is
 * about care. Left member g (sector 62, has s2) shares nothing and must never appear.
 *
 * <p>Degrees: a 3 (c, d, x), b 2, c 2, d 3, e 1, x 1, f 0.
 */
final class HandNetwork {

    private HandNetwork() {
    }

    static NetworkSnapshot snapshot() {
        List<Sector> sectors = List.of(new Sector("C", null, "Industrie", 1, null), new Sector("25", null, "Metaal", 2, "C"),
                new Sector("25.62", null, "Draaien", 4, "25"), new Sector("J", null, "Informatie", 1, null),
                new Sector("62", null, "IT", 2, "J"), new Sector("62.01", null, "Software", 4, "62"),
                new Sector("P", null, "Onderwijs", 1, null), new Sector("85", null, "Onderwijs", 2, "P"));
        List<Skill> skills = List.of(new Skill("s1", "Skill one", null, null), new Skill("s2", "Skill two", null, "s1"),
                new Skill("s3", "Skill three", null, "s1"), new Skill("s4", "Skill four", null, null));
        List<Theme> themes = List.of(new Theme("care", "Zorg"), new Theme("energy", "Energie"));
        List<Member> members = List.of(
                member("a", Helix.INDUSTRY, "25.62", List.of(new SkillLevel("s4", 2)),
                        List.of(new Stake("energy", 4, 3, Stance.SUPPORTS), new Stake("care", 2, 2, Stance.NEUTRAL)), null),
                member("b", Helix.EDUCATION, "62.01", List.of(new SkillLevel("s2", 3)),
                        List.of(new Stake("energy", 5, 2, Stance.SUPPORTS)), null),
                member("c", Helix.INDUSTRY, null, List.of(), List.of(), null),
                member("d", Helix.INDUSTRY, null, List.of(), List.of(), null),
                member("e", Helix.INDUSTRY, null, List.of(new SkillLevel("s3", 4)),
                        List.of(new Stake("energy", 3, 3, Stance.OPPOSES)), null),
                member("f", Helix.EDUCATION, "85", List.of(), List.of(), null),
                member("g", Helix.INDUSTRY, "62.01", List.of(new SkillLevel("s2", 5)), List.of(), 2020),
                member("x", Helix.INDUSTRY, "25", List.of(), List.of(), null));
        List<Tie> ties = List.of(tie("a", "c"), tie("b", "c"), tie("a", "d"), tie("b", "d"), tie("d", "e"));
        List<Project> projects = List.of(new Project("P", "Project P", 2023, null, null,
                List.of(new Participation("a", ParticipationRole.LEAD, null, null), new Participation("x", ParticipationRole.PARTNER, null, null)),
                List.of(new Requirement("s2", 2, 4)), List.of()));
        List<Question> questions = List.of(new Question("Q", "b", "Who knows s4?", LocalDate.of(2024, 2, 1),
                QuestionStatus.OPEN, List.of("s4"), List.of("care")));
        List<ValueChain> chains = List.of(new ValueChain("K", "Chain K", List.of(
                new ChainStep("k1", "Step 1", 1, List.of("25"), List.of()),
                new ChainStep("k2", "Step 2", 2, List.of("62"), List.of()),
                new ChainStep("k3", "Step 3", 3, List.of("85"), List.of()))));
        return new NetworkSnapshot(new Region("hand", "Hand", "NL"), 1, null, Taxonomy.of(sectors, skills, themes),
                members, projects, questions, ties, chains);
    }

    static SuggestionContext context() {
        return SuggestionContext.of(snapshot());
    }

    static Member member(String id, Helix helix, String sector, List<SkillLevel> skills, List<Stake> stakes, Integer left) {
        return new Member(id, "Member " + id, helix == Helix.EDUCATION ? MemberKind.SCHOOL : MemberKind.COMPANY, helix,
                null, null, null, true, 2015, left, sector == null ? List.of() : List.of(new SectorLink(sector, true)),
                skills, List.of(), List.of(), stakes);
    }

    static Tie tie(String from, String to) {
        return new Tie(from, to, null, 2020, null, 1.0);
    }
}

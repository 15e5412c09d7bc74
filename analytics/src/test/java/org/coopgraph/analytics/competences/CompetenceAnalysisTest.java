package org.coopgraph.analytics.competences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.coopgraph.analytics.TinyNetworks.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.competences.CompetenceResult.Candidate;
import org.coopgraph.analytics.competences.CompetenceResult.CandidateMatch;
import org.coopgraph.analytics.competences.CompetenceResult.LeftOnlySkill;
import org.coopgraph.analytics.competences.CompetenceResult.MissingSkill;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.competences.CompetenceResult.SkillDemand;
import org.coopgraph.analytics.competences.CompetenceResult.SkillSupply;
import org.coopgraph.analytics.competences.CompetenceResult.ThinSkill;
import org.coopgraph.analytics.competences.CompetenceResult.Trainer;
import org.coopgraph.analytics.competences.CompetenceResult.TrainerMatch;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.QuestionStatus;
import org.junit.jupiter.api.Test;

/**
 * One hand-worked region. Skills: dig (parent) > web, data; weld; paint. Present: a (web 4, weld 2),
 * b (data 3), c (weld 5, teaches paint but is industry), e (education, teaches data); gone: g (paint 5),
 * u (education, teaches weld). Demand: p1 active {web L3 i5, weld L4 i2, paint i3}, p2 completed {data i4},
 * p3 planned {dig L2 i1}; q1 open {web, paint}, q2 answered {weld}; chain steps need data and weld (3 each).
 */
class CompetenceAnalysisTest {

    private static NetworkSnapshot region() {
        return network()
                .skill("dig", null).skill("web", "dig").skill("data", "dig").skill("weld", null).skill("paint", null)
                .member("a", Helix.INDUSTRY, null).hasSkill("a", "web", 4).hasSkill("a", "weld", 2)
                .member("b", Helix.INDUSTRY, null).hasSkill("b", "data", 3)
                .member("c", Helix.INDUSTRY, null).hasSkill("c", "weld", 5).teaches("c", "paint")
                .member("e", Helix.EDUCATION, null).teaches("e", "data")
                .member("g", Helix.INDUSTRY, null).hasSkill("g", "paint", 5).leftIn("g", 2021)
                .member("u", Helix.EDUCATION, null).teaches("u", "weld").leftIn("u", 2019)
                .project("p1", 2023, "a", "b", "g").requires("p1", "web", 3, 5).requires("p1", "weld", 4, 2)
                .requires("p1", "paint", null, null)
                .project("p2", 2020, "c").requires("p2", "data", null, 4).status("p2", ProjectStatus.COMPLETED)
                .project("p3", 2024, "c").requires("p3", "dig", 2, 1).status("p3", ProjectStatus.PLANNED)
                .question("q1", "b", QuestionStatus.OPEN, "web", "paint")
                .question("q2", "c", QuestionStatus.ANSWERED, "weld")
                .chain("ch", step("s1", 1, List.of(), List.of("data")), step("s2", 2, List.of("C"), List.of("weld")))
                .snapshot();
    }

    private static SkillBalance line(CompetenceResult result, String skill) {
        return result.skills().stream().filter(l -> l.skillId().equals(skill)).findFirst().orElseThrow();
    }

    @Test
    void shouldListEverySkillWithDemandOrSupplyInIdOrder() {
        assertThat(CompetenceAnalysis.analyse(region()).skills()).extracting(SkillBalance::skillId)
                .containsExactly("data", "dig", "paint", "web", "weld");
    }

    @Test
    void shouldWeighDemandByImportanceAndCountOnlyOpenProjectsAndUnansweredQuestions() {
        var result = CompetenceAnalysis.analyse(region());

        assertEquals(new SkillDemand(5, 3, 0, 8), line(result, "web").demand());   // p1 i5 + q1 3
        assertEquals(new SkillDemand(2, 0, 3, 5), line(result, "weld").demand());  // p1 i2 + step s2; q2 answered
        assertEquals(new SkillDemand(3, 3, 0, 6), line(result, "paint").demand()); // p1 default i3 + q1 3
        assertEquals(new SkillDemand(0, 0, 3, 3), line(result, "data").demand());  // p2 completed; step s1
        assertEquals(new SkillDemand(1, 0, 0, 1), line(result, "dig").demand());   // p3 planned i1
    }

    @Test
    void shouldCountDirectSupplyByLevelOrTeachingAndHalfForRelatedSkills() {
        var result = CompetenceAnalysis.analyse(region());

        // web: a 4; related data (sibling): b 3 -> 1.5, e teaches 3 -> 1.5.
        assertEquals(new SkillSupply(4, 3, 7, 1, 2), line(result, "web").supply());
        // data: b 3 + e 3; related web (sibling): a 4 -> 2.
        assertEquals(new SkillSupply(6, 2, 8, 2, 1), line(result, "data").supply());
        // dig: nobody directly; children web and data: a 2 + b 1.5 + e 1.5.
        assertEquals(new SkillSupply(0, 5, 5, 0, 3), line(result, "dig").supply());
        // weld: a 2 + c 5; u teaches it but has left.
        assertEquals(new SkillSupply(7, 0, 7, 2, 0), line(result, "weld").supply());
        // paint: g has left, c teaches it but is not an education member.
        assertEquals(new SkillSupply(0, 0, 0, 0, 0), line(result, "paint").supply());
    }

    @Test
    void shouldReportGapAsDemandNotMetBySupply() {
        var result = CompetenceAnalysis.analyse(region());

        assertEquals(1.0, line(result, "web").gap(), 1e-12);
        assertEquals(6.0, line(result, "paint").gap(), 1e-12);
        assertEquals(0.0, line(result, "data").gap(), 1e-12);
        assertEquals(0.0, line(result, "dig").gap(), 1e-12);
        assertEquals(0.0, line(result, "weld").gap(), 1e-12);
    }

    @Test
    void shouldFlagMissingThinAndLeftOnlySkills() {
        var result = CompetenceAnalysis.analyse(region());

        assertThat(result.missingSkills()).containsExactly("paint", "dig"); // demand 6, then 1
        assertThat(result.thinSkills()).containsExactly(new ThinSkill("web", "a"));
        assertThat(result.leftOnlySkills()).containsExactly(new LeftOnlySkill("paint", List.of("g")));
    }

    @Test
    void shouldNameEducationMembersTeachingTheSkillOrARelatedOne() {
        var result = CompetenceAnalysis.analyse(region());

        assertThat(line(result, "data").trainers()).containsExactly(new Trainer("e", TrainerMatch.TEACHES, "data"));
        assertThat(line(result, "web").trainers()).containsExactly(new Trainer("e", TrainerMatch.TEACHES_RELATED, "data"));
        assertThat(line(result, "dig").trainers()).containsExactly(new Trainer("e", TrainerMatch.TEACHES_RELATED, "data"));
        assertThat(line(result, "weld").trainers()).isEmpty(); // u teaches weld but has left
        assertThat(line(result, "paint").trainers()).isEmpty(); // c is not in the education helix
    }

    @Test
    void shouldListPerOpenProjectTheSkillsNoPresentParticipantHasAtTheLevelAsked() {
        var result = CompetenceAnalysis.analyse(region());

        assertThat(result.projects()).extracting(g -> g.projectId()).containsExactly("p1", "p3");
        // p1: web met by a (4 >= 3); weld only at 2 < 4; paint only by g, who has left.
        assertThat(result.projects().get(0).missing()).containsExactly(
                new MissingSkill("paint", null, 3, null, List.of(), 0),
                new MissingSkill("weld", 4, 2, 2, List.of(new Candidate("c", 5, CandidateMatch.HAS_SKILL, "weld")), 1));
        // p3: nobody has dig; holders of its children are candidates by their level.
        assertThat(result.projects().get(1).missing()).containsExactly(
                new MissingSkill("dig", 2, 1, null, List.of(
                        new Candidate("a", 4, CandidateMatch.RELATED_SKILL, "web"),
                        new Candidate("b", 3, CandidateMatch.RELATED_SKILL, "data")), 2));
    }
}

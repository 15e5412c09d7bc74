package org.coopgraph.analytics.competences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.TinyNetworks;
import org.coopgraph.analytics.competences.CompetenceResult.Candidate;
import org.coopgraph.analytics.competences.CompetenceResult.CandidateMatch;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.competences.CompetenceResult.SkillSupply;
import org.coopgraph.analytics.competences.CompetenceResult.ThinSkill;
import org.coopgraph.model.Helix;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.QuestionStatus;
import org.junit.jupiter.api.Test;

class CompetenceEdgeCasesTest {

    private static SkillBalance line(CompetenceResult result, String skill) {
        return result.skills().stream().filter(l -> l.skillId().equals(skill)).findFirst().orElseThrow();
    }

    @Test
    void shouldGiveEmptyResultsForAnEmptyRegion() {
        var result = CompetenceAnalysis.analyse(network().snapshot());

        assertThat(result.skills()).isEmpty();
        assertThat(result.missingSkills()).isEmpty();
        assertThat(result.thinSkills()).isEmpty();
        assertThat(result.leftOnlySkills()).isEmpty();
        assertThat(result.projects()).isEmpty();
    }

    @Test
    void shouldReportASkillNobodyHasAsMissingWithTheWholeDemandAsGap() {
        var result = CompetenceAnalysis.analyse(network().member("a", Helix.INDUSTRY, null)
                .question("q", "a", QuestionStatus.IN_PROGRESS, "unknown-skill").snapshot());

        SkillBalance line = line(result, "unknown-skill");
        assertThat(line.name()).isNull(); // not in the taxonomy, still analysed
        assertEquals(3.0, line.gap(), 1e-12);
        assertEquals(new SkillSupply(0, 0, 0, 0, 0), line.supply());
        assertThat(line.trainers()).isEmpty();
        assertThat(result.missingSkills()).containsExactly("unknown-skill");
    }

    @Test
    void shouldCountTheBestRelatedSkillOnceAndOnlyOneStepOfTheHierarchy() {
        // P > X, Y; X > X1. For X: parent P, child X1 and sibling Y are related; for X1 only X (P is two steps up).
        var result = CompetenceAnalysis.analyse(network()
                .skill("P", null).skill("X", "P").skill("Y", "P").skill("X1", "X")
                .member("m", Helix.INDUSTRY, null).hasSkill("m", "Y", 4).hasSkill("m", "P", 2)
                .member("n", Helix.INDUSTRY, null).hasSkill("n", "X1", 3)
                .member("o", Helix.INDUSTRY, null).hasSkill("o", "X", 2).hasSkill("o", "Y", 5)
                .question("q", "m", QuestionStatus.OPEN, "X").snapshot());

        // X: o 2 directly (its Y does not add); m's best related is Y 4 -> 2.0 (not P 2 -> 1.0); n X1 3 -> 1.5.
        assertEquals(new SkillSupply(2, 3.5, 5.5, 1, 2), line(result, "X").supply());
        assertEquals(0.0, line(result, "X").gap(), 1e-12);
        // X1: n 3 directly; o's X 2 -> 1.0; m's P is the grandparent and does not count.
        assertEquals(new SkillSupply(3, 1, 4, 1, 1), line(result, "X1").supply());
        assertThat(result.thinSkills()).containsExactly(new ThinSkill("P", "m"), new ThinSkill("X", "o"), new ThinSkill("X1", "n"));
    }

    @Test
    void shouldCountAnEducationMemberOnceWithTheHigherOfLevelAndTeaching() {
        var result = CompetenceAnalysis.analyse(network()
                .member("school", Helix.EDUCATION, null).hasSkill("school", "s", 1).teaches("school", "s")
                .member("expert", Helix.EDUCATION, null).hasSkill("expert", "s", 5).teaches("expert", "s").snapshot());

        assertEquals(new SkillSupply(8, 0, 8, 2, 0), line(result, "s").supply()); // max(1, 3) + max(5, 3)
    }

    @Test
    void shouldRankCandidatesWithTheSkillByLevelThenIdBeforeRelatedOnes() {
        var result = CompetenceAnalysis.analyse(network().skill("s", "g").skill("t", "g")
                .member("x", Helix.INDUSTRY, null).hasSkill("x", "s", 1)
                .member("z1", Helix.INDUSTRY, null).hasSkill("z1", "s", 3)
                .member("b2", Helix.INDUSTRY, null).hasSkill("b2", "s", 5)
                .member("a1", Helix.INDUSTRY, null).hasSkill("a1", "s", 3)
                .member("k", Helix.INDUSTRY, null).hasSkill("k", "s", 1).hasSkill("k", "t", 5)
                .member("r", Helix.INDUSTRY, null).hasSkill("r", "t", 5)
                .project("p", 2024, "x").requires("p", "s", 2, 4).snapshot());

        var missing = result.projects().get(0).missing().get(0);
        assertEquals(1, missing.bestParticipantLevel());
        // k has s below the level asked: neither a candidate with it nor through its related skill t.
        assertThat(missing.candidates()).containsExactly(
                new Candidate("b2", 5, CandidateMatch.HAS_SKILL, "s"), new Candidate("a1", 3, CandidateMatch.HAS_SKILL, "s"),
                new Candidate("z1", 3, CandidateMatch.HAS_SKILL, "s"), new Candidate("r", 5, CandidateMatch.RELATED_SKILL, "t"));
        assertEquals(4, missing.candidateCount());
    }

    @Test
    void shouldShowAtMostTenCandidatesButCountThemAll() {
        TinyNetworks net = network().member("lead", Helix.INDUSTRY, null).project("p", 2024, "lead").requires("p", "s", null, null);
        for (int i = 0; i < 12; i++) {
            String id = String.format("m%02d", i);
            net.member(id, Helix.INDUSTRY, null).hasSkill(id, "s", 1 + i % 5);
        }
        var missing = CompetenceAnalysis.analyse(net.snapshot()).projects().get(0).missing().get(0);

        assertEquals(12, missing.candidateCount());
        assertThat(missing.candidates()).extracting(Candidate::memberId)
                .containsExactly("m04", "m09", "m03", "m08", "m02", "m07", "m01", "m06", "m11", "m00");
    }

    @Test
    void shouldIgnoreCancelledProjectsAndKeepProjectsRunningInTheYearAsked() {
        var all = network().member("a", Helix.INDUSTRY, null).member("b", Helix.INDUSTRY, null).leftIn("b", 2025)
                .hasSkill("b", "s", 4)
                .project("done", 2020, "a").requires("done", "s", null, 5).status("done", ProjectStatus.COMPLETED)
                .project("off", 2020, "a").requires("off", "s", null, 2).status("off", ProjectStatus.CANCELLED)
                .snapshot();

        assertThat(CompetenceAnalysis.analyse(all).projects()).isEmpty();
        // As of 2022 the completed project (no end year) may still have run; b had not left yet.
        var then = CompetenceAnalysis.analyse(all.asOf(2022));
        assertEquals(5.0, line(then, "s").demand().total(), 1e-12);
        assertEquals(4.0, line(then, "s").supply().direct(), 1e-12);
        assertThat(then.leftOnlySkills()).isEmpty();
        assertThat(then.projects()).extracting(g -> g.projectId()).containsExactly("done");
        // Today b has left: the skill is supplied only by a former member.
        assertThat(CompetenceAnalysis.analyse(all).leftOnlySkills()).extracting(l -> l.formerSuppliers()).containsExactly(List.of("b"));
    }
}

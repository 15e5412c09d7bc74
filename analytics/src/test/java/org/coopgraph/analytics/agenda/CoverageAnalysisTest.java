package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.coopgraph.analytics.agenda.AgendaNetworks.stake;
import static org.coopgraph.model.Helix.EDUCATION;
import static org.coopgraph.model.Helix.GOVERNMENT;
import static org.coopgraph.model.Helix.INDUSTRY;
import static org.coopgraph.model.Stance.SUPPORTS;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.analytics.agenda.ThemeCoverage.Candidate;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixCoverage;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixNeed;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixStatus;
import org.coopgraph.analytics.agenda.ThemeCoverage.NeededSkill;
import org.coopgraph.analytics.agenda.ThemeCoverage.Recruit;
import org.coopgraph.analytics.agenda.ThemeCoverage.Supply;
import org.coopgraph.analytics.agenda.ThemeCoverage.ThemeProject;
import org.coopgraph.analytics.agenda.ThemeCoverage.ThemeQuestion;
import org.coopgraph.model.Helix;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.QuestionStatus;
import org.junit.jupiter.api.Test;

/** Theme "t" of {@link StakeholderAnalysisTest#theme()}: industry weak (influence at most 3), education missing. */
class CoverageAnalysisTest {

    @Test
    void reportsEachHelixWithItsStakeholdersAndWhoIsInvolvedWithoutAStake() {
        var coverage = CoverageAnalysis.analyse(StakeholderAnalysisTest.theme().inputs(), "t");

        assertThat(coverage.helices()).extracting(HelixCoverage::helix, HelixCoverage::status).containsExactly(
                tuple(Helix.INDUSTRY, HelixStatus.WEAK),
                tuple(Helix.EDUCATION, HelixStatus.MISSING),
                tuple(Helix.GOVERNMENT, HelixStatus.PRESENT),
                tuple(Helix.FINANCE, HelixStatus.PRESENT),
                tuple(Helix.CIVIL_SOCIETY, HelixStatus.PRESENT));
        assertThat(coverage.helices().get(0)).isEqualTo(
                new HelixCoverage(INDUSTRY, HelixStatus.WEAK, List.of("n1", "s2", "s4"), 2, 0, 10, 6, 3, List.of()));
        assertThat(coverage.helices().get(1)).isEqualTo(
                new HelixCoverage(EDUCATION, HelixStatus.MISSING, List.of(), 0, 0, 0, 0, 0, List.of("x")));
        assertThat(coverage.tripleHelixComplete()).isFalse();
        assertThat(coverage.quadrupleHelixComplete()).isFalse();
    }

    @Test
    void listsTheThemesWorkAndTheSkillsItNeedsWithTheirSupply() {
        var coverage = CoverageAnalysis.analyse(StakeholderAnalysisTest.theme().inputs(), "t");

        assertThat(coverage.projects()).containsExactly(
                new ThemeProject("p", "Project p", ProjectStatus.ACTIVE, true, List.of("s2", "x"), List.of("k2")));
        assertThat(coverage.openQuestions()).containsExactly(
                new ThemeQuestion("q1", "s3", LocalDate.of(2024, 3, 1), QuestionStatus.OPEN, List.of("k1")));
        assertThat(coverage.skills()).containsExactly(
                new NeededSkill("k1", "Skill k1", List.of(), List.of("q1"), 1, 0, Supply.THIN),
                new NeededSkill("k2", "Skill k2", List.of("p"), List.of(), 0, 1, Supply.RELATED_ONLY));
        assertThat(coverage.skillsToRecruit()).containsExactly("k2");
    }

    @Test
    void whoWeNeedRanksInvolvedMembersThenSkillsThenTiesToStakeholders() {
        var coverage = CoverageAnalysis.analyse(StakeholderAnalysisTest.theme().inputs(), "t");

        assertThat(coverage.whoWeNeed()).containsExactly(
                new HelixNeed(INDUSTRY, HelixStatus.WEAK, List.of(new Candidate("b1", false, List.of(), 2)), 1, null),
                new HelixNeed(EDUCATION, HelixStatus.MISSING, List.of(new Candidate("x", true, List.of("k1"), 1),
                        new Candidate("e2", false, List.of(), 0)), 2, null));
    }

    @Test
    void whenTheRegionHasNoMemberOfAMissingHelixItSaysWhatToRecruit() {
        var coverage = CoverageAnalysis.analyse(AgendaNetworks.network("t").skill("kz", null)
                .member("g1", GOVERNMENT, stake("t", 5, 5, SUPPORTS))
                .member("i1", INDUSTRY, stake("t", 4, 4, SUPPORTS))
                .member("e1", EDUCATION, stake("t", 4, 4, SUPPORTS))
                .question("q", "g1", "2024-01-01", QuestionStatus.OPEN, "t", "kz").inputs(), "t");

        assertThat(coverage.tripleHelixComplete()).isTrue();
        assertThat(coverage.quadrupleHelixComplete()).isFalse();
        assertThat(coverage.whoWeNeed()).containsExactly(new HelixNeed(Helix.CIVIL_SOCIETY, HelixStatus.MISSING, List.of(), 0,
                new Recruit(List.of("S"), List.of("kz"))));
    }

    @Test
    void aThemeNobodyWorksOnMissesEveryHelixButIsWellFormed() {
        var coverage = CoverageAnalysis.analyse(StakeholderAnalysisTest.theme().inputs(), "empty");
        assertThat(coverage.helices()).extracting(HelixCoverage::status).containsOnly(HelixStatus.MISSING);
        assertThat(coverage.whoWeNeed()).extracting(HelixNeed::helix)
                .containsExactly(INDUSTRY, EDUCATION, GOVERNMENT, Helix.CIVIL_SOCIETY);
        assertThat(coverage.projects()).isEmpty();
        assertThat(coverage.skills()).isEmpty();
    }

    @Test
    void aQuestionAnsweredLaterIsStillOpenAsOfTheYearBefore() {
        var network = StakeholderAnalysisTest.theme().change("q1", QuestionStatus.OPEN, QuestionStatus.ANSWERED, "2025-02-01");
        assertThat(CoverageAnalysis.analyse(network.inputs(2024), "t").openQuestions()).extracting(ThemeQuestion::questionId)
                .containsExactly("q1");
        assertThat(CoverageAnalysis.analyse(network.inputs(2025), "t").openQuestions()).isEmpty();
    }
}

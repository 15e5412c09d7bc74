package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.coopgraph.analytics.agenda.AgendaNetworks.stake;
import static org.coopgraph.model.Helix.CIVIL_SOCIETY;
import static org.coopgraph.model.Helix.GOVERNMENT;
import static org.coopgraph.model.Helix.INDUSTRY;
import static org.coopgraph.model.QuestionStatus.ANSWERED;
import static org.coopgraph.model.QuestionStatus.OPEN;
import static org.coopgraph.model.Stance.OPPOSES;
import static org.coopgraph.model.Stance.SUPPORTS;

import java.util.List;
import org.coopgraph.analytics.agenda.Agenda.Components;
import org.coopgraph.analytics.agenda.Agenda.ThemeRank;
import org.junit.jupiter.api.Test;

/**
 * Themes a, b, c. In 2024: a has supporter m1 (government, 4 x 5 = 20 energy), an open question
 * (one need: demand 3) and a project (importance 4): demand 7, three helices missing, gaps 3.
 * b has supporter m2 (industry, 2 x 2, weak) and opponent m3 (civil society, 5 x 5), one open
 * question of two (q3 answered in January 2024): gaps 2 + 0.5. c has nothing. In 2023 m1, q1 and
 * the project did not exist yet and q3 was still open.
 */
class AgendaRankingTest {

    private static final double EPS = 1e-9;

    private static AgendaNetworks region() {
        return AgendaNetworks.network("a", "b", "c").skill("k1", null).skill("k2", null)
                .member("m1", GOVERNMENT, 2024, List.of(), List.of(), stake("a", 4, 5, SUPPORTS))
                .member("m2", INDUSTRY, null, List.of("k1", "k2"), List.of(), stake("b", 2, 2, SUPPORTS))
                .member("m3", CIVIL_SOCIETY, stake("b", 5, 5, OPPOSES))
                .project("pa", 2024, "a", List.of("m1"), "k2", "4")
                .question("q1", "m1", "2024-03-01", OPEN, "a", "k1")
                .question("q2", "m2", "2023-05-01", OPEN, "b")
                .question("q3", "m3", "2023-02-01", ANSWERED, "b")
                .change("q3", OPEN, ANSWERED, "2024-01-10");
    }

    @Test
    void scoresEachComponentAgainstTheLargestThemeAndRanksByTheSum() {
        var agenda = AgendaRanking.rank(region().inputs(2024), null);

        assertThat(agenda.year()).isEqualTo(2024);
        assertThat(agenda.previousYear()).isNull();
        assertThat(agenda.themes()).extracting(ThemeRank::themeId, ThemeRank::rank).containsExactly(
                tuple("a", 1), tuple("b", 2), tuple("c", 3));
        assertThat(agenda.themes().get(0).components()).isEqualTo(new Components(1, 7.0, 20, 3.0, 3, 0, 0));
        assertThat(agenda.themes().get(1).components()).isEqualTo(new Components(1, 0.0, 4, 2.5, 2, 1, 0));
        assertThat(agenda.themes().get(2).components()).isEqualTo(new Components(0, 0.0, 0, 0.0, 0, 0, 0));
        assertThat(agenda.themes().get(0).score()).isEqualTo(1.0, within(EPS));
        // 0.25 x (1/1 + 0/7 + 4/20 + 2.5/3)
        assertThat(agenda.themes().get(1).score()).isEqualTo(0.25 * (1 + 0.2 + 2.5 / 3), within(EPS));
        assertThat(agenda.themes().get(2).score()).isZero();
        assertThat(agenda.themes().get(0).rankChange()).isNull();
    }

    @Test
    void comparesWithTheYearBeforeOnOneSharedScale() {
        var region = region();
        var agenda = AgendaRanking.rank(region.inputs(2024), region.inputs(2023));

        assertThat(agenda.previousYear()).isEqualTo(2023);
        ThemeRank a = agenda.themes().get(0);
        ThemeRank b = agenda.themes().get(1);
        // Shared maxima: questions 2 (b in 2023), demand 7, energy 20, gaps 3.
        assertThat(a.score()).isEqualTo(0.25 * (0.5 + 1 + 1 + 1), within(EPS));
        assertThat(a.previousScore()).isZero();
        assertThat(a.previousRank()).isEqualTo(2);
        assertThat(a.rankChange()).isEqualTo(1);
        assertThat(a.scoreChange()).isEqualTo(0.875, within(EPS));
        assertThat(b.previous()).isEqualTo(new Components(2, 0.0, 4, 2.5, 2, 1, 0));
        assertThat(b.previousRank()).isEqualTo(1);
        assertThat(b.rankChange()).isEqualTo(-1);
        assertThat(b.scoreChange()).isEqualTo(0.25 * (0.5 - 1), within(EPS));
        assertThat(agenda.themes().get(2).rankChange()).isZero();
    }

    @Test
    void aRegionWithoutAnyWorkRanksEveryThemeAtZeroByThemeId() {
        var agenda = AgendaRanking.rank(AgendaNetworks.network("z", "y").inputs(), null);
        assertThat(agenda.themes()).extracting(ThemeRank::themeId, ThemeRank::score).containsExactly(
                tuple("y", 0.0), tuple("z", 0.0));
    }
}

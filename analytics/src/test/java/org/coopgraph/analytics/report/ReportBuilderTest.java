package org.coopgraph.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.report.RobustnessSection.Curve;
import org.junit.jupiter.api.Test;

/** Every section of the report on {@link TinyHistory}, worked out by hand in the comments. */
class ReportBuilderTest {

    private static final double EPS = 1e-9;
    private static final RegionReport FULL = new ReportBuilder().build(TinyHistory.inputs(),
            new ReportRequest(2021, ReportLanguage.NL, ReportView.FULL));

    @Test
    void metaNamesTheYearThePreviousYearAndTheDataVersionWithoutAnyClockTime() {
        ReportMeta meta = FULL.meta();
        assertThat(List.of(meta.regionId(), meta.year(), meta.previousYear(), meta.firstYear(), meta.lastYear(),
                meta.language(), meta.dataVersion(), meta.view())).containsExactly("tiny", 2021, 2020, 2020, 2021, "nl", 3L,
                ReportView.FULL);
        assertThat(meta.contentHash()).isEqualTo(ReportJson.hash(FULL)).hasSize(64);
    }

    @Test
    void membersCountPresentJoinedAndLeftPerYear() {
        var year = FULL.members().year();
        // 2021: a, b, c, d present (e left in 2021); d joined, e left; industry a, b, c; sections C (b, c), A, P.
        assertThat(List.of(year.total(), year.joinedCount(), year.leftCount())).containsExactly(4, 1, 1);
        assertThat(year.byHelix()).extracting(Count::key, Count::count).startsWith(
                org.assertj.core.groups.Tuple.tuple("INDUSTRY", 3), org.assertj.core.groups.Tuple.tuple("EDUCATION", 1));
        assertThat(year.bySector()).extracting(Count::key).containsExactly("C", "A", "P");
        assertThat(year.joined()).extracting(MemberRef::id).containsExactly("d");
        assertThat(year.left()).extracting(MemberRef::id).containsExactly("e");
        // 2020 is the first year: all four present members joined in it.
        assertThat(FULL.members().series()).extracting(MembersSection.MembersPoint::joined).containsExactly(4, 1);
    }

    @Test
    void crossSectorShareAndEiIndexFollowKrackhardtStern() {
        var year = FULL.crossSector().year();
        // 2021 ties a-b (01|10, cross), b-c (10|10), c-d (10|85, cross): E = 2, I = 1.
        assertThat(year.ties()).isEqualTo(3);
        assertEquals(2.0 / 3, year.crossSectorShare(), EPS);
        assertEquals((2.0 - 1) / 3, year.sectorEi(), EPS);
        // helices: only c-d crosses (industry|education): (1 - 2) / 3.
        assertEquals(-1.0 / 3, year.helixEi(), EPS);
        // 2020 ties e-a (01|01), a-b (cross), b-c (10|10): E = 1, I = 2; every member industry.
        var before = FULL.crossSector().previous();
        assertEquals(-1.0 / 3, before.sectorEi(), EPS);
        assertEquals(-1.0, before.helixEi(), EPS);
        assertThat(FULL.crossSector().series()).extracting(CrossSectorSection.CrossSectorPoint::year).containsExactly(2020, 2021);
        // no division with 2+ members lacks a tie to another such division
        assertThat(year.unlinkedSectorPairs()).isEmpty();
    }

    @Test
    void brokersAndCutPointsOfThePath() {
        var year = FULL.brokers().year();
        // path a-b-c-d: b lies between a and c, a and d; c between a and d, b and d: 2 each, of 3 pairs.
        assertThat(year.brokers()).extracting(b -> b.member().id()).containsExactly("b", TinyHistory.SECRET_ID);
        assertEquals(2.0, year.brokers().get(0).betweenness(), EPS);
        assertEquals(2.0 / 3, year.brokers().get(0).normalizedBetweenness(), EPS);
        // removing b cuts a off, removing c cuts d off; every tie is a bridge.
        assertThat(year.cutPoints()).extracting(c -> c.member().id(), BrokersSection.CutPoint::cutOffCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 1),
                        org.assertj.core.groups.Tuple.tuple(TinyHistory.SECRET_ID, 1));
        assertThat(List.of(year.cutPointCount(), year.bridges(), year.components(), year.largestComponent()))
                .containsExactly(2, 3, 1, 4);
    }

    @Test
    void communitiesOfThePathAreTwoPairsTooSmallToTrack() {
        // Leiden splits a-b | c-d: Q = 2 * (1/3 - (3/6)^2) = 1/6; both below the 3-member minimum.
        var year = FULL.communities().year();
        assertEquals(1.0 / 6, year.modularity(), EPS);
        assertThat(year.communities()).isEmpty();
    }

    @Test
    void robustnessIndexOfTargetedRemovalOnAFourPath() {
        // highest degree (b, the lower node of b and c), then c, then a: s = 2/4, 1/4, 1/4, 0 -> R = (1/4)(1) = 0.25
        List<Curve> curves = FULL.robustness().year().curves();
        assertThat(curves).extracting(Curve::strategy)
                .containsExactly("RANDOM", "DEGREE_INITIAL", "DEGREE_ADAPTIVE", "BETWEENNESS_INITIAL");
        assertEquals(0.25, curves.get(2).r(), EPS);
        assertEquals(0.25, curves.get(3).r(), EPS);
        assertThat(curves.get(0).r()).isGreaterThan(0.25).isLessThanOrEqualTo(3.0 / 8);   // (N-1)/2N bounds R
        assertThat(FULL.robustness().series().get(0).betweenness()).isNotNull();          // 2020 is the previous year
    }

    @Test
    void diversityDecomposesShannonIntoRelatedAndUnrelatedVariety() {
        var year = FULL.diversity().year();
        // divisions 01: 1/4, 10: 1/2, 85: 1/4 -> H = 1.5 ln 2; HHI = 1/16 + 1/4 + 1/16; one division per section: RV = 0
        assertEquals(1.5 * Math.log(2), year.shannon(), EPS);
        assertEquals(0.375, year.hhi(), EPS);
        assertEquals(0.0, year.relatedVariety(), EPS);
        assertEquals(1.5 * Math.log(2), year.unrelatedVariety(), EPS);
    }

    @Test
    void competencesFindMissingThinAndLeftOnlySkills() {
        var year = FULL.competences().year();
        // robotica: needed by open q1 (weight 3), nobody supplies it; lassen (b) and didactiek (d teaches) one supplier each;
        // polymeerchemie left with e in 2021.
        assertThat(year.missing()).extracting(g -> g.skill().name()).containsExactly("robotica");
        assertEquals(3.0, year.missing().get(0).demand(), EPS);
        assertThat(year.thin()).extracting(t -> t.skill().name(), t -> t.supplier().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("didactiek", "d"),
                        org.assertj.core.groups.Tuple.tuple("lassen", "b"));
        assertThat(year.leftOnly()).extracting(CompetencesSection.SkillRef::name).containsExactly("polymeerchemie");
        // in 2020 e was still there: polymeerchemie thin, not left-only
        assertThat(FULL.competences().previous().leftOnly()).isEmpty();
    }

    @Test
    void valueChainCoverageCountsCoveredSteps() {
        var chain = FULL.valueChains().year().chains().get(0);
        // st1 (01): a; st2 (10): b, c; st3 (62): nobody
        assertEquals(2.0 / 3, chain.coverage(), EPS);
        assertThat(chain.uncovered()).extracting(ValueChainsSection.StepRef::stepId).containsExactly("st3");
        assertThat(chain.singleSupplier()).extracting(ValueChainsSection.StepRef::stepId).containsExactly("st1");
        // in 2020 e covered st1 too
        assertThat(FULL.valueChains().previous().chains().get(0).singleSupplier()).isEmpty();
    }

    @Test
    void questionsAndSuggestionsFromTheirHistories() {
        var year = FULL.questions().year();
        // 2021: q1 asked; q2 answered 2021-01-31, 275 days after 2020-05-01; q1 open at year end
        assertThat(List.of(year.asked(), year.matched(), year.answered(), year.open())).containsExactly(1, 0, 1, 1);
        assertEquals(275.0, year.medianDaysToAnswer(), EPS);
        assertEquals(10.0, FULL.questions().previous().medianDaysToMatch(), EPS);
        assertThat(FULL.suggestions()).isEqualTo(new SuggestionsSection(1, 1, 1, 1));
    }

    @Test
    void recommendationsFollowTheirRulesWithTheTriggeringNumbers() {
        assertThat(FULL.recommendations()).extracting(Recommendation::rule)
                .contains("RECRUIT_SKILL", "SECOND_SUPPLIER", "TRAIN_THIN_SKILL", "FILL_CHAIN_STEP")
                .doesNotContain("SECOND_BROKER", "MATCHMAKING", "EI_FELL", "OPEN_QUESTIONS");
        Recommendation recruit = FULL.recommendations().stream().filter(r -> r.rule().equals("RECRUIT_SKILL")).findFirst().orElseThrow();
        assertThat(recruit.text()).contains("robotica");
        assertThat(recruit.figures()).containsExactly(new ReportFigure("demand", 3), new ReportFigure("suppliers", 0));
    }

    @Test
    void theFirstYearHasNoPreviousYear() {
        var report = new ReportBuilder().build(TinyHistory.inputs(), new ReportRequest(2020, ReportLanguage.EN, ReportView.FULL));
        assertThat(report.meta().previousYear()).isNull();
        assertThat(List.of(report.members(), report.crossSector(), report.brokers(), report.robustness()))
                .allSatisfy(section -> assertThat(section.toString()).contains("previous=null"));
        assertThat(report.methods()).extracting(MethodNote::title).contains("E-I index and cross-sector tie share");
    }

    @Test
    void aYearOutsideTheDataIsRefused() {
        assertThatThrownBy(() -> new ReportBuilder().build(TinyHistory.inputs(),
                new ReportRequest(2022, ReportLanguage.NL, ReportView.FULL))).hasMessageContaining("2020..2021");
    }

    @Test
    void theSameInputsGiveByteIdenticalJsonAndProgressCountsEverySection() {
        var done = new java.util.ArrayList<String>();
        var again = new ReportBuilder().build(TinyHistory.inputs(), new ReportRequest(2021, ReportLanguage.NL, ReportView.FULL),
                (section, n, total) -> done.add(n + "/" + total));
        assertThat(ReportJson.write(again)).isEqualTo(ReportJson.write(FULL));
        assertThat(done).hasSize(ReportBuilder.SECTIONS).endsWith(ReportBuilder.SECTIONS + "/" + ReportBuilder.SECTIONS);
    }

    @Test
    void thePublicReportNeverNamesAMemberWithoutConsent() {
        var report = new ReportBuilder().build(TinyHistory.inputs(), new ReportRequest(2021, ReportLanguage.NL, ReportView.PUBLIC));
        String json = ReportJson.write(report);
        assertThat(json).doesNotContain(TinyHistory.SECRET_NAME).doesNotContain(TinyHistory.SECRET_ID)
                .doesNotContain("Xylofoon").doesNotContain("secret");
        // the broker is still counted, as "a member in sector C"
        assertThat(report.brokers().year().brokers().get(1).member())
                .isEqualTo(new MemberRef(null, null, false, "een lid in sector C (Industrie)", "C", "Industrie",
                        org.coopgraph.model.Helix.INDUSTRY));
        assertThat(ReportJson.write(FULL)).contains(TinyHistory.SECRET_NAME);
    }
}

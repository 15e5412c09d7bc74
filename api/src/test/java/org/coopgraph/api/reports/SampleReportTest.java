package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.report.BrokersSection.CutPoint;
import org.coopgraph.analytics.report.CompetencesSection.SkillRef;
import org.coopgraph.analytics.report.MemberRef;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.ReportBuilder;
import org.coopgraph.analytics.report.ReportInputs;
import org.coopgraph.analytics.report.ReportLanguage;
import org.coopgraph.analytics.report.ReportRequest;
import org.coopgraph.analytics.report.ReportView;
import org.coopgraph.analytics.report.ValueChainsSection.StepRef;
import org.coopgraph.fixtures.SampleRegion;
import org.junit.jupiter.api.Test;

/**
 * The 2025 report of the Veenkoloniën sample shows the gaps the fixture was built with
 * ({@link SampleRegion#expectations()}), as the network stood in 2025 (the webbureau left in 2025).
 */
class SampleReportTest {

    private static final SampleRegion.Expectations EXPECTED = SampleRegion.expectations();
    private static final RegionReport REPORT = new ReportBuilder().build(
            new ReportInputs(ReportFixtures.snapshot(ReportFixtures.sampleDocument(), 7), List.of(), List.of()),
            new ReportRequest(2025, ReportLanguage.NL, ReportView.FULL));

    @Test
    void competencesShowTheMissingThinAndLeftOnlySkills() {
        var year = REPORT.competences().year();
        assertThat(year.missing()).extracting(g -> g.skill().skillId()).containsAll(EXPECTED.missingSkills())
                .containsAll(EXPECTED.skillsOnlyFromLeftMembers().keySet());
        Map<String, String> thin = new java.util.TreeMap<>();
        year.thin().forEach(t -> thin.put(t.skill().skillId(), t.supplier().id()));
        assertThat(thin).containsAllEntriesOf(EXPECTED.thinSkills());
        assertThat(year.leftOnly()).extracting(SkillRef::skillId).containsAll(EXPECTED.skillsOnlyFromLeftMembers().keySet());
    }

    @Test
    void valueChainsShowTheUncoveredAndSingleSupplierSteps() {
        var chains = REPORT.valueChains().year().chains();
        assertThat(chains.stream().flatMap(c -> c.uncovered().stream()).map(StepRef::stepId))
                .containsAll(EXPECTED.uncoveredChainSteps());
        assertThat(chains.stream().flatMap(c -> c.singleSupplier().stream()).map(StepRef::stepId))
                .containsAll(EXPECTED.singleSupplierChainSteps().keySet());
    }

    @Test
    void brokersShowTheKredietunieCuttingOffItsThreeStartUps() {
        List<CutPoint> cuts = REPORT.brokers().year().cutPoints();
        EXPECTED.articulationPoints().forEach((member, cutOff) -> {
            CutPoint cut = cuts.stream().filter(c -> member.equals(c.member().id())).findFirst().orElseThrow();
            assertThat(cut.cutOff()).extracting(MemberRef::id).containsExactlyInAnyOrderElementsOf(cutOff);
        });
        assertThat(REPORT.recommendations()).anySatisfy(r -> assertThat(r.text())
                .contains("3 leden zijn alleen via Kredietunie Oost-Groningen"));
    }

    @Test
    void crossSectorShowsTheTwoSectorsThatNeverMeet() {
        assertThat(REPORT.crossSector().year().unlinkedSectorPairs())
                .anySatisfy(p -> assertThat(List.of(p.a(), p.b())).isEqualTo(EXPECTED.sectorsThatNeverMeet()));
    }

    @Test
    void membersShowWhoLeftIn2025() {
        assertThat(REPORT.members().year().left()).extracting(MemberRef::id).containsExactly("vb-webbureau-winschoten");
        assertThat(REPORT.members().series()).extracting(p -> p.year()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025);
    }
}

package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.ReportBuilder;
import org.coopgraph.analytics.report.ReportInputs;
import org.coopgraph.analytics.report.ReportJson;
import org.coopgraph.analytics.report.ReportLanguage;
import org.coopgraph.analytics.report.ReportRequest;
import org.coopgraph.analytics.report.ReportView;
import org.coopgraph.api.reports.render.Poppler;
import org.coopgraph.api.reports.render.ReportHtml;
import org.coopgraph.api.reports.render.ReportPdf;
import org.coopgraph.model.Member;
import org.coopgraph.model.RegionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample region's report as HTML and PDF: reproducible, complete, readable, and consent kept. */
class SampleReportDocumentsTest {

    static final int YEAR = 2025;
    /** Pages of the sample region's PDF (cover, eleven chapters); a change here is a change to look at. */
    static final int SAMPLE_PAGES = 24;

    static RegionReport report(RegionDocument document, ReportLanguage language, ReportView view) {
        return report(document, YEAR, language, view);
    }

    static RegionReport report(RegionDocument document, int year, ReportLanguage language, ReportView view) {
        var inputs = new ReportInputs(ReportFixtures.snapshot(document, 7), List.of(), List.of());
        return ReportJson.withHash(new ReportBuilder().build(inputs, new ReportRequest(year, language, view)));
    }

    private static List<String> hiddenNames(RegionDocument document) {
        return document.members().stream().filter(m -> !m.publicProfile()).map(Member::name).toList();
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theSameDataGivesByteIdenticalHtmlAndPdf() {
        RegionDocument document = ReportFixtures.sampleDocument();
        RegionReport first = report(document, ReportLanguage.NL, ReportView.PUBLIC);
        RegionReport second = report(ReportFixtures.sampleDocument(), ReportLanguage.NL, ReportView.PUBLIC);

        assertThat(ReportHtml.render(second)).isEqualTo(ReportHtml.render(first));
        assertThat(ReportPdf.render(second)).isEqualTo(ReportPdf.render(first));
    }

    @Test
    void theHtmlIsWellFormedXhtmlInTheReportLanguageWithAChartPerSeries() throws Exception {
        for (ReportLanguage language : ReportLanguage.values()) {
            String html = ReportHtml.render(report(ReportFixtures.sampleDocument(), language, ReportView.PUBLIC));

            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(language.code());
            assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(9);
            assertThat(page.getElementsByTagName("script").getLength()).isZero();
            assertThat(html).doesNotContain("src=", "href=\"http", "@import", "url(").contains("<title>Coöperatieve Innovatie Hub Veenkoloniën");
        }
    }

    @Test
    void thePublicReportNamesNoMemberWithoutConsentWhileTheCoordinatorReportDoes(@TempDir Path dir) throws Exception {
        RegionDocument document = ReportFixtures.sampleDocument();
        List<String> hidden = hiddenNames(document);
        assertThat(hidden).hasSize(8);
        RegionReport publicReport = report(document, ReportLanguage.NL, ReportView.PUBLIC);
        RegionReport fullReport = report(document, ReportLanguage.NL, ReportView.FULL);

        String publicHtml = ReportHtml.render(publicReport);
        String fullHtml = ReportHtml.render(fullReport);
        assertThat(publicHtml).doesNotContain(hidden);
        assertThat(hidden.stream().filter(fullHtml::contains)).hasSizeGreaterThanOrEqualTo(3);

        Poppler.assumeInstalled();
        String publicText = words(Poppler.text(ReportPdf.render(publicReport), dir));
        String fullText = words(Poppler.text(ReportPdf.render(fullReport), dir));
        assertThat(publicText).doesNotContain(hidden);
        assertThat(hidden.stream().filter(fullText::contains)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void thePdfHasTheExpectedPagesAndItsTextCarriesTheSectionsAndTheFixturesKnownGaps(@TempDir Path dir) throws Exception {
        Poppler.assumeInstalled();
        byte[] pdf = ReportPdf.render(report(ReportFixtures.sampleDocument(), ReportLanguage.NL, ReportView.PUBLIC));

        String text = words(Poppler.text(pdf, dir));
        assertThat(Poppler.pages(pdf, dir, 30)).hasSize(SAMPLE_PAGES);
        assertThat(text).contains("Coöperatieve Innovatie Hub Veenkoloniën: rapport netwerkveerkracht 2025",
                "Samenvatting en aanbevolen acties", "Leden", "Samenwerking over sectorgrenzen", "Gemeenschappen",
                "Makelaars en snijpunten", "Robuustheid", "Sectordiversiteit", "Competenties", "Waardeketens",
                "Vragen en suggesties", "Methoden", "Pagina 2 van " + SAMPLE_PAGES);
        // the fixture's known gaps: a missing skill, an uncovered chain step, the credit union as cut point
        assertThat(text).contains("robotics", "Compounderen tot biobased granulaat", "Kredietunie Oost-Groningen");
    }

    @Test
    void theFirstYearOfTheDataHasNoPreviousYearColumnAndStillRenders() {
        RegionReport first = report(ReportFixtures.sampleDocument(), 2019, ReportLanguage.EN, ReportView.PUBLIC);
        assertThat(first.meta().previousYear()).isNull();

        String html = ReportHtml.render(first);
        assertThat(html).contains("2019 (first year of the data, nothing to compare with)")
                .doesNotContain("<th class=\"num\">2018</th>", "<th class=\"num\">Change</th>");
        assertThat(ReportPdf.render(first)).isNotEmpty();
    }

    @Test
    void theEnglishPdfSpeaksEnglish(@TempDir Path dir) throws Exception {
        Poppler.assumeInstalled();
        byte[] pdf = ReportPdf.render(report(ReportFixtures.sampleDocument(), ReportLanguage.EN, ReportView.PUBLIC));

        String text = words(Poppler.text(pdf, dir));
        assertThat(text).contains("Summary and recommended actions", "Robustness", "Missing skills in 2025", "Page 3 of")
                .doesNotContain("Samenvatting", "Pagina ");
    }
}

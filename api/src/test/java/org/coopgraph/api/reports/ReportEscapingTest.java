package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.coopgraph.analytics.report.ReportLanguage;
import org.coopgraph.analytics.report.ReportView;
import org.coopgraph.api.imports.RegionDocumentReader;
import org.coopgraph.api.reports.render.Poppler;
import org.coopgraph.api.reports.render.ReportHtml;
import org.coopgraph.api.reports.render.ReportPdf;
import org.coopgraph.fixtures.SampleRegion;
import org.coopgraph.model.RegionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Member and region names are user data: markup in them is printed as text, never run or parsed. */
class ReportEscapingTest {

    private static final String EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    /** The sample with the (consented, cut point) credit union and the region renamed to markup. */
    private static RegionDocument evilSample() throws IOException {
        try (InputStream in = SampleRegion.openJson()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"name\": \"Kredietunie Oost-Groningen\"", "\"name\": \"" + EVIL.replace("'", "\\u0027") + " Kredietunie\"")
                    .replace("\"name\": \"Coöperatieve Innovatie Hub Veenkoloniën\"", "\"name\": \"R&D <b>Regio</b> \\\"Oost\\\"\"");
            var outcome = new RegionDocumentReader(200_000).read(json.getBytes(StandardCharsets.UTF_8));
            assertThat(outcome.violations()).isEmpty();
            return outcome.document();
        }
    }

    @Test
    void markupInNamesIsEscapedInTheHtml() throws IOException {
        String html = ReportHtml.render(SampleReportDocumentsTest.report(evilSample(), ReportLanguage.EN, ReportView.PUBLIC));

        assertThat(html).doesNotContain("<script", "<img", "<b>Regio")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; Kredietunie")
                .contains("<title>R&amp;D &lt;b&gt;Regio&lt;/b&gt; &quot;Oost&quot;: network resilience report 2025</title>");
    }

    @Test
    void markupInNamesIsPrintedAsTextInThePdf(@TempDir Path dir) throws Exception {
        Poppler.assumeInstalled();
        byte[] pdf = ReportPdf.render(SampleReportDocumentsTest.report(evilSample(), ReportLanguage.EN, ReportView.PUBLIC));

        assertThat(Poppler.text(pdf, dir).replaceAll("\\s+", " ")).contains("R&D <b>Regio</b> \"Oost\"")
                .contains("<script>alert('x')</script>");
    }
}

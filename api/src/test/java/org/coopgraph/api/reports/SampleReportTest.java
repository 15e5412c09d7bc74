package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coopgraph.analytics.report.ReportBuilder;
import org.coopgraph.analytics.report.ReportInputs;
import org.coopgraph.analytics.report.ReportJson;
import org.coopgraph.analytics.report.ReportLanguage;
import org.coopgraph.analytics.report.ReportRequest;
import org.coopgraph.analytics.report.ReportView;
import org.junit.jupiter.api.Test;

class SampleReportTest {

    @Test
    void smoke() {
        var inputs = new ReportInputs(ReportFixtures.snapshot(ReportFixtures.sampleDocument(), 7), List.of(), List.of());
        var report = new ReportBuilder().build(inputs, new ReportRequest(2025, ReportLanguage.NL, ReportView.FULL));
        String json = ReportJson.write(report);
        System.out.println(json);
        assertThat(json).isNotEmpty();
    }
}

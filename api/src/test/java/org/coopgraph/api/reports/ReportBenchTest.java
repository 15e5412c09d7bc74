package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.ReportBuilder;
import org.coopgraph.analytics.report.ReportInputs;
import org.coopgraph.analytics.report.ReportJson;
import org.coopgraph.analytics.report.ReportLanguage;
import org.coopgraph.analytics.report.ReportRequest;
import org.coopgraph.analytics.report.ReportView;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.fixtures.SyntheticHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report of a 10k-member region with 8 years of history (2018-2025, {@link SyntheticHistory}),
 * target <= 10 s for JSON (and <= 20 s for PDF, timed for every {@link ReportRenderer} on the
 * classpath). Printed; asserted only against blow-ups. Run with
 * {@code ./mvnw -B -o -pl api test -Dtest=ReportBenchTest -Dcoopgraph.bench=true}
 * ({@code -Dcoopgraph.bench.members=N} for another size).
 */
@EnabledIfSystemProperty(named = "coopgraph.bench", matches = "true")
class ReportBenchTest extends EmbeddedContextTestBase {

    private static final int MEMBERS = Integer.getInteger("coopgraph.bench.members", 10_000);

    @Autowired
    RegionNetworks networks;
    @Autowired
    ReportService reports;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<ReportRenderer> renderers;

    @Test
    void reportOfTenThousandMembersOverEightYears() throws Exception {
        long t0 = System.nanoTime();
        SyntheticHistory history = SyntheticHistory.generate(42, MEMBERS, 2018, 2025);
        var doc = history.document();
        var snapshot = ReportFixtures.snapshot(doc, 1);
        long t1 = System.nanoTime();
        var inputs = new ReportInputs(snapshot, history.questionChanges(), history.decisions());
        var request = new ReportRequest(2025, ReportLanguage.NL, ReportView.FULL);
        StringBuilder sections = new StringBuilder();
        long[] last = {System.nanoTime()};
        RegionReport report = new ReportBuilder().build(inputs, request, (section, done, total) -> {
            long now = System.nanoTime();
            sections.append(String.format(" %s %.2f s;", section, sec(now - last[0])));
            last[0] = now;
        });
        long t2 = System.nanoTime();
        String json = ReportJson.write(report);
        long t3 = System.nanoTime();
        String again = ReportJson.write(new ReportBuilder().build(inputs, request));
        long t4 = System.nanoTime();
        System.out.printf("BENCH report %,d members, %,d ties, %d years: generate %.1f s; build %.2f s (%s); JSON %.2f s"
                        + " (%,d bytes); build + JSON again %.2f s; identical: %s%n", MEMBERS, doc.ties().size(), 8,
                sec(t1 - t0), sec(t2 - t1), sections.toString().strip(), sec(t3 - t2), json.length(), sec(t4 - t3),
                json.equals(again));
        assertThat(json).isEqualTo(again);
        assertThat(sec(t3 - t1)).isLessThan(60);

        // Through the service: the region stored in the embedded Neo4j, loaded, built and written.
        long t5 = System.nanoTime();
        networks.importDocument(doc.region().id(), doc);
        long t6 = System.nanoTime();
        networks.current(doc.region().id());
        long t6b = System.nanoTime();
        var served = reports.report(doc.region().id(), "2025", ReportLanguage.NL, ReportView.PUBLIC);
        byte[] bytes = reports.json(served);
        long t7 = System.nanoTime();
        System.out.printf("BENCH report via service: import %.1f s; snapshot load %.2f s; build + JSON (public) %.2f s"
                + " (%,d bytes); load + build + JSON %.2f s%n", sec(t6 - t5), sec(t6b - t6), sec(t7 - t6b), bytes.length,
                sec(t7 - t6));
        for (ReportRenderer renderer : renderers.orderedStream().toList()) {
            long r0 = System.nanoTime();
            byte[] rendered = renderer.render(served.model());
            long r1 = System.nanoTime();
            System.out.printf("BENCH report %s: %.2f s (%,d bytes), with snapshot load + build %.2f s%n", renderer.format(),
                    sec(r1 - r0), rendered.length, sec(r1 - r0) + sec(t7 - t6));
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"view\":\"PUBLIC\"");
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}

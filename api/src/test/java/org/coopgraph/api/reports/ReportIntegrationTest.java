package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.fixtures.SampleRegion;
import org.coopgraph.model.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The report endpoint and command on the sample region in the embedded database. */
class ReportIntegrationTest extends EmbeddedContextTestBase {

    static final String REGION = "it-report-sample";
    static final String R = "/api/regions/" + REGION + "/reports/";

    @Autowired
    CoordinatorKey key;
    @Autowired
    ReportService reports;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<ReportRenderer> renderers;

    private FeatureClient api;

    @BeforeEach
    void importSample() throws IOException {
        api = new FeatureClient(port, key.value());
        try (InputStream in = SampleRegion.openJson()) {
            String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"id\": \"" + SampleRegion.ID + "\"", "\"id\": \"" + REGION + "\"");
            assertThat(api.post("/api/regions/" + REGION + "/import", doc).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void twoGetsGiveByteIdenticalJsonWithAVerifiableContentHashAndAnEtag() throws Exception {
        var first = api.get(R + "2025");
        var second = api.get(R + "2025");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(second.body()).isEqualTo(first.body());
        String hash = json(first).at("/meta/contentHash").asString();
        String withoutHash = first.body().replace("\"contentHash\":\"" + hash + "\"", "\"contentHash\":null");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(withoutHash.getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(hash);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var revalidated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + R + "2025"))
                .header("X-API-Key", key.value()).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(json(first).at("/meta/language").asString()).isEqualTo("nl");
        assertThat(json(api.get(R + "2025?lang=en")).at("/meta/language").asString()).isEqualTo("en");
    }

    @Test
    void thePublicReportNamesNoMemberWithoutConsentAndTheFullOneNamesAll() {
        var snapshot = reports.report(REGION, "2025", ReportService.language(null), org.coopgraph.analytics.report.ReportView.FULL)
                .snapshot();
        List<Member> hidden = snapshot.members().stream().filter(m -> !m.publicProfile()).toList();
        assertThat(hidden).hasSize(SampleRegion.expectations().membersWithoutConsent().size());
        var publicBody = api.publicGet(R + "2025").body();
        var fullBody = api.get(R + "2025").body();
        assertThat(json(api.publicGet(R + "2025")).at("/meta/view").asString()).isEqualTo("PUBLIC");
        for (Member m : hidden) {
            assertThat(publicBody).as(m.id()).doesNotContain("\"" + m.id() + "\"").doesNotContain(m.name());
        }
        // the lunchroom is one of the Kredietunie's cut-off start-ups: named in full, counted in public
        assertThat(fullBody).contains("Voorbeeld Lunchroom Stadskanaal");
        assertThat(publicBody).contains("een lid in sector I");
    }

    /** Every renderer present (HTML, PDF text via pdftotext) keeps the public variant free of hidden members. */
    @Test
    void everyRendererKeepsThePublicReportFreeOfNonConsentedMembers(@TempDir Path dir) throws Exception {
        var report = reports.report(REGION, "2025", ReportService.language(null), org.coopgraph.analytics.report.ReportView.PUBLIC);
        List<Member> hidden = report.snapshot().members().stream().filter(m -> !m.publicProfile()).toList();
        for (ReportRenderer renderer : renderers.orderedStream().toList()) {
            byte[] bytes = renderer.render(report.model());
            String text = renderer.contentType().startsWith("application/pdf")
                    ? (org.coopgraph.api.reports.render.Poppler.installed()
                            ? org.coopgraph.api.reports.render.Poppler.text(bytes, dir) : null)
                    : new String(bytes, StandardCharsets.UTF_8);
            if (text == null) {
                continue;   // no pdftotext on this machine: the PDF's text cannot be read back
            }
            text = text.replaceAll("\\s+", " ");   // names wrapped over two lines still count
            assertThat(text).as(renderer.format()).contains("Kredietunie Oost-Groningen");
            for (Member m : hidden) {
                assertThat(text).as(renderer.format() + " " + m.id()).doesNotContain(m.name()).doesNotContain(m.id());
            }
        }
    }

    @Test
    void badYearsAndLanguagesAreProblemsNamingTheParameter() {
        for (String path : List.of(R + "2031", R + "1800", R + "twenty", R + "2025?lang=de")) {
            var response = api.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/problem+json"));
            assertThat(json(response).at("/errors/0/location").asString()).as(path).isEqualTo(path.endsWith("de") ? "lang" : "year");
        }
        assertThat(json(api.get(R + "2031")).at("/errors/0/message").asString()).contains("from 2019 to 2028");
        assertThat(api.get("/api/regions/no-such-region/reports/2025").statusCode()).isEqualTo(404);
    }

    @Test
    void theCommandWritesTheSameJsonAsTheEndpoint(@TempDir Path dir) throws Exception {
        var err = new ByteArrayOutputStream();
        var out = new ByteArrayOutputStream();
        var command = new ReportCommand(reports, List.of());
        Path file = dir.resolve("report.json");
        int status = command.run(List.of("--region", REGION, "--year", "2025", "--format", "json", "--out", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(api.get(R + "2025").body());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("written to " + file);
        Path pub = dir.resolve("public.json");
        assertThat(command.run(List.of("--region", REGION, "--year=2025", "--out", pub.toString(), "--public"),
                System.out, System.err)).isZero();
        assertThat(Files.readString(pub, StandardCharsets.UTF_8)).isEqualTo(api.publicGet(R + "2025").body());
        assertThat(command.run(List.of("--region", REGION, "--year", "2025", "--format", "pdf", "--out", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("format 'pdf' is not available in this build");
    }
}

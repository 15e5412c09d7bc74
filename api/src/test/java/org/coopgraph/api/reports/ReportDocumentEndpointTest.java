package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.fixtures.SampleRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code .html} and {@code .pdf} beside the JSON report: routing, headers, access, errors. */
class ReportDocumentEndpointTest extends EmbeddedContextTestBase {

    static final String REGION = "it-report-docs";
    static final String R = "/api/regions/" + REGION + "/reports/";
    static final List<String> HIDDEN = List.of("Voorbeeld Akkerbouwbedrijf Vlagtwedde", "Voorbeeld Loonbedrijf Musselkanaal",
            "Voorbeeld Webbureau Winschoten", "Voorbeeld Lunchroom Stadskanaal", "Voorbeeld Sportvereniging Stadskanaal");

    @Autowired
    CoordinatorKey key;
    @Autowired
    ReportService reports;
    @Autowired
    List<ReportRenderer> renderers;

    private FeatureClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void importSample() throws IOException {
        api = new FeatureClient(port, key.value());
        try (InputStream in = SampleRegion.openJson()) {
            String doc = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"id\": \"" + SampleRegion.ID + "\"", "\"id\": \"" + REGION + "\"");
            assertThat(api.post("/api/regions/" + REGION + "/import", doc).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<byte[]> get(String path, String apiKey, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theHtmlPageIsPublicWithoutHiddenNamesAndLoadsNothing() throws Exception {
        var page = get(R + "2025.html", null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).startsWith("default-src 'none'"));
        String body = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("<!DOCTYPE html>").contains("Publieksversie").doesNotContain(HIDDEN);
        String full = new String(get(R + "2025.html", key.value(), null).body(), StandardCharsets.UTF_8);
        assertThat(full).contains("Coördinatorversie");
        assertThat(HIDDEN.stream().filter(full::contains)).isNotEmpty();
    }

    @Test
    void thePdfIsAnAttachmentNamedAfterRegionYearAndLanguageAndTheSameBytesTwice() throws Exception {
        var first = get(R + "2025.pdf?lang=en", null, null);
        var second = get(R + "2025.pdf?lang=en", null, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(first.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + REGION + "-2025-en.pdf\"");
        assertThat(new String(first.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(second.body()).isEqualTo(first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var revalidated = get(R + "2025.pdf?lang=en", null, etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void theBareYearStillAnswersJsonAndOtherSuffixesAreABadYear() throws Exception {
        var json = get(R + "2025", null, null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));

        var xml = get(R + "2025.xml", null, null);
        assertThat(xml.statusCode()).isEqualTo(400);
        assertThat(new String(xml.body(), StandardCharsets.UTF_8)).contains("year");
    }

    @Test
    void badInputAnswersProblemJsonNamingTheField() throws Exception {
        var language = get(R + "2025.pdf?lang=de", null, null);
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(language.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new String(language.body(), StandardCharsets.UTF_8)).contains("\"lang\"");

        var year = get(R + "1900.html", null, null);
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(new String(year.body(), StandardCharsets.UTF_8)).contains("\"year\"");

        var region = get("/api/regions/no-such-region/reports/2025.pdf", null, null);
        assertThat(region.statusCode()).isEqualTo(404);
        assertThat(region.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theReportCommandWritesTheSameHtmlAndPdfAsTheEndpoint(@TempDir Path dir) throws Exception {
        var command = new ReportCommand(reports, renderers);
        var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (String format : List.of("html", "pdf")) {
            Path file = dir.resolve("report." + format);
            assertThat(command.run(List.of("--region", REGION, "--year", "2025", "--format", format, "--lang", "en",
                    "--out", file.toString()), quiet, quiet)).as(format).isZero();
            assertThat(Files.readAllBytes(file)).as(format).isEqualTo(get(R + "2025." + format + "?lang=en", key.value(), null).body());
        }
    }
}

package org.coopgraph.api.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

class RepresentationsTest {

    private final RenderedBodies bodies = new RenderedBodies(DataSize.ofMegabytes(1));

    @Test
    void shouldAcceptGzipOnlyWhenTheClientListsItWithoutQZero() {
        assertThat(Representations.acceptsGzip(null)).isFalse();
        assertThat(Representations.acceptsGzip("")).isFalse();
        assertThat(Representations.acceptsGzip("gzip")).isTrue();
        assertThat(Representations.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
        assertThat(Representations.acceptsGzip("x-gzip")).isTrue();
        assertThat(Representations.acceptsGzip("*")).isTrue();
        assertThat(Representations.acceptsGzip("br, deflate")).isFalse();
        assertThat(Representations.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Representations.acceptsGzip("gzip; q=0.000, *")).isFalse();
        assertThat(Representations.acceptsGzip("*;q=0")).isFalse();
        assertThat(Representations.acceptsGzip("gzip;q=zero")).isFalse();
        assertThat(Representations.acceptsGzip("identity")).isFalse();
    }

    @Test
    void shouldSendTheGzipBodyWithItsOwnTagAndVary() throws IOException {
        var body = bodies.get("k", () -> "{\"a\":\"ééé\"}".getBytes(StandardCharsets.UTF_8));
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.VARY, "X-API-Key");

        var answer = Representations.ok(headers, "\"t-1\"", MediaType.APPLICATION_JSON, body, "gzip, deflate");

        assertThat(answer.getHeaders().getETag()).isEqualTo("\"t-1-gzip\"");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.VARY)).isEqualTo("X-API-Key, Accept-Encoding");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(answer.getBody()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"ééé\"}");
        }
    }

    @Test
    void shouldSendTheIdentityBodyToAClientWithoutGzip() {
        var body = bodies.get("k", () -> "{}".getBytes(StandardCharsets.UTF_8));

        var answer = Representations.ok(new HttpHeaders(), "\"t-1\"", MediaType.APPLICATION_JSON, body, null);
        var unchanged = Representations.notModified(new HttpHeaders(), "\"t-1\"", "gzip");

        assertThat(answer.getHeaders().getETag()).isEqualTo("\"t-1\"");
        assertThat(answer.getHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING)).isFalse();
        assertThat(answer.getHeaders().getFirst(HttpHeaders.VARY)).isEqualTo("Accept-Encoding");
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(unchanged.getStatusCode().value()).isEqualTo(304);
        assertThat(unchanged.getHeaders().getETag()).isEqualTo("\"t-1-gzip\"");
        assertThat(unchanged.getBody()).isNull();
    }
}

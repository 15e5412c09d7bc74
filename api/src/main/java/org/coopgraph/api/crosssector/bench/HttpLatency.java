package org.coopgraph.api.crosssector.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response times of the analysis endpoints of a running coopgraph over real HTTP: the region is
 * imported, each endpoint is asked once (that request computes and fills the cache), then
 * {@code requests} times for the full body (cache hit) and {@code requests} times with If-None-Match
 * (304). Requests run one after another from one client, so the figures are latency, not throughput.
 */
final class HttpLatency {

    static final List<String> ENDPOINTS = List.of("/analysis/cross-sector", "/analysis/competences", "/value-chains/gaps");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String key;
    private final PrintStream log;

    HttpLatency(String base, String key, PrintStream log) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.key = key;
        this.log = log;
    }

    Map<String, Object> run(String regionId, byte[] document, int requests) throws IOException, InterruptedException {
        var figures = new LinkedHashMap<String, Object>();
        long start = System.nanoTime();
        var imported = send(HttpRequest.newBuilder(URI.create(base + "/api/regions/" + regionId + "/import"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(document)));
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import answered " + imported.statusCode() + ": " + new String(imported.body()));
        }
        figures.put("import_s", (System.nanoTime() - start) / 1e9);
        figures.put("import_bytes", document.length);
        for (String endpoint : ENDPOINTS) {
            String path = base + "/api/regions/" + regionId + endpoint;
            start = System.nanoTime();
            var first = send(HttpRequest.newBuilder(URI.create(path)).GET());
            var entry = new LinkedHashMap<String, Object>();
            entry.put("first_request_s", (System.nanoTime() - start) / 1e9);
            entry.put("body_bytes", first.body().length);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            entry.put("cached_200_ms", percentiles(path, null, requests, 200));
            entry.put("revalidated_304_ms", percentiles(path, etag, requests, 304));
            figures.put(endpoint, entry);
            log.printf("  %-24s %s%n", endpoint, entry);
        }
        return figures;
    }

    private Map<String, Double> percentiles(String path, String etag, int requests, int expected)
            throws IOException, InterruptedException {
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            var request = HttpRequest.newBuilder(URI.create(path)).GET();
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            long start = System.nanoTime();
            var response = send(request);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != expected) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ", expected " + expected);
            }
        }
        Arrays.sort(millis);
        var result = new LinkedHashMap<String, Double>();
        result.put("p50", millis[(int) Math.ceil(0.50 * requests) - 1]);
        result.put("p95", millis[(int) Math.ceil(0.95 * requests) - 1]);
        result.put("max", millis[requests - 1]);
        return result;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

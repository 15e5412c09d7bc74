package org.coopgraph.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against a running test server, so full tests see exactly what a client sees. */
public final class HttpProbe {

    /** A tiny valid import document: one sector, two members, one tie. */
    public static final String TINY_REGION = """
            {"region": {"id": "tiny", "name": "Tiny region", "country": "NL"},
             "sectors": [{"code": "C", "name": "Industrie", "level": 1}],
             "members": [
               {"id": "m1", "name": "Alpha", "kind": "COMPANY", "helix": "INDUSTRY", "sectors": [{"code": "C", "primary": true}]},
               {"id": "m2", "name": "Beta", "kind": "COMPANY", "helix": "EDUCATION"}],
             "ties": [{"fromId": "m1", "toId": "m2", "kind": "SUPPLY", "sinceYear": 2020}]}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpProbe(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A GET sending {@code apiKey} as X-API-Key (none when null). */
    public HttpResponse<String> get(String path, String apiKey) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    public HttpResponse<String> postJson(String path, String json, String apiKey) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    /** The body parsed, for asserting on single fields ({@code json(r).at("/components/neo4j/status")}). */
    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.coopgraph.api.regions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP for the feature integration tests: every verb, with or without the coordinator key, and
 * multipart CSV uploads. Bodies stay raw text so tests can assert on exactly what a client receives.
 */
public final class FeatureClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String key;

    public FeatureClient(int port, String coordinatorKey) {
        this.base = "http://127.0.0.1:" + port;
        this.key = coordinatorKey;
    }

    /** The README example document with its region id replaced, so each test class has a region of its own. */
    public static String exampleDocument(String regionId) {
        try (InputStream in = FeatureClient.class.getResourceAsStream("/imports/example-region.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"id\": \"example\"", "\"id\": \"" + regionId + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> publicGet(String path) {
        return send(request(path, false).GET());
    }

    public HttpResponse<String> get(String path) {
        return send(request(path, true).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path, true).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path, true).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path, true).DELETE());
    }

    /** A multipart/form-data POST with one text part per entry (part name to file content). */
    public HttpResponse<String> postCsv(String path, Map<String, String> parts) {
        String boundary = "coopgraph-test-boundary";
        var body = new StringBuilder();
        parts.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append(".csv\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return send(request(path, true).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder request(String path, boolean withKey) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        return withKey ? builder.header("X-API-Key", key) : builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

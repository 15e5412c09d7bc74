package org.coopgraph.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP with any method, an optional key (as X-API-Key or Bearer) and extra headers; paths are sent as given. */
final class KeyedHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    KeyedHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(String path, String key) {
        return send("GET", path, null, key, false);
    }

    HttpResponse<String> post(String path, String json, String key) {
        return send("POST", path, json, key, false);
    }

    HttpResponse<String> delete(String path, String key) {
        return send("DELETE", path, null, key, false);
    }

    /** Imports the README example document as region {@code regionId} (admin key). */
    void importExample(String regionId, String adminKey) {
        var response = post("/api/regions/" + regionId + "/import",
                org.coopgraph.api.regions.FeatureClient.exampleDocument(regionId), adminKey);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import of " + regionId + " answered " + response.statusCode());
        }
    }

    /** A new key of the region with the role, issued with the admin key: the full key to send. */
    String issueKey(String regionId, String role, String adminKey) {
        var response = post("/api/regions/" + regionId + "/keys", "{\"label\": \"" + role + " of " + regionId
                + "\", \"role\": \"" + role + "\"}", adminKey);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("issuing a key answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).at("/key").asString();
    }

    /** {@code key} null sends none; {@code bearer} sends it as {@code Authorization: Bearer}. */
    HttpResponse<String> send(String method, String path, String json, String key, boolean bearer, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header(bearer ? "Authorization" : "X-API-Key", bearer ? "Bearer " + key : key);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
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

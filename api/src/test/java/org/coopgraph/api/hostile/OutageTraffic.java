package org.coopgraph.api.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readers and writers of {@link Neo4jOutageTest}. Readers cycle through plain reads, analyses and
 * the network export; writers create members with unique ids and owned relationships (sector, skill,
 * supply, stake), so a half-applied write would show as a member missing some of them.
 */
final class OutageTraffic {

    static final String WRITE_PREFIX = "w-";
    private static final List<String> READS = List.of("", "/members?size=5", "/analysis/competences",
            "/analysis/cross-sector?level=SECTION", "/network", "/value-chains/gaps", "/agenda", "/questions/q-project-lead/status");
    private static final String ESCO = "http://data.europa.eu/esco/skill/870ac739-6eb1-42ed-8c3e-82af7c9e71d0";
    private static final String TEMPLATE_ID = "outage-template";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;
    private final ObjectNode template;

    /** One answer as the client saw it, with what is wrong with it (nothing, for a 2xx or a clean 503). */
    record Call(String what, String writtenId, int status, long started, long ended, List<String> problems) {
        @Override
        public String toString() {
            return what + " -> " + status + " " + problems;
        }
    }

    /** Creates a template member first: its answer is the stored form every written member must read back as. */
    OutageTraffic(int port, String key, String regionId) {
        this.base = "http://127.0.0.1:" + port + "/api/regions/" + regionId;
        this.key = key;
        HttpResponse<String> created = send(post(body(TEMPLATE_ID)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("template member not created: " + created.statusCode() + " " + created.body());
        }
        this.template = (ObjectNode) JSON.readTree(created.body());
    }

    void read(int reader, AtomicBoolean running, Queue<Call> calls) {
        for (int i = reader; running.get(); i++) {
            String path = READS.get(i % READS.size());
            calls.add(call("GET " + path, null, HttpRequest.newBuilder(URI.create(base + path)).header(RawHttp.API_KEY_HEADER, key).GET()));
        }
    }

    void write(int writer, AtomicBoolean running, Queue<Call> calls) {
        for (int n = 0; running.get(); n++) {
            String id = WRITE_PREFIX + writer + "-" + n;
            calls.add(call("POST member " + id, id, post(body(id))));
        }
    }

    /** When both a read and a write had succeeded after {@code restarted}; waits at most {@code boundMillis}. */
    long awaitRecovery(Queue<Call> calls, long restarted, long boundMillis) throws InterruptedException {
        long deadline = restarted + boundMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            Long read = null;
            Long write = null;
            for (Call c : calls) {
                if (c.started() > restarted && c.status() / 100 == 2) {
                    if (c.writtenId() == null) {
                        read = read == null ? c.ended() : Math.min(read, c.ended());
                    } else {
                        write = write == null ? c.ended() : Math.min(write, c.ended());
                    }
                }
            }
            if (read != null && write != null) {
                return Math.max(read, write);
            }
            Thread.sleep(50);
        }
        return System.nanoTime();
    }

    Set<String> memberIds() {
        var ids = new TreeSet<String>();
        for (int page = 0; ; page++) {
            JsonNode answer = JSON.readTree(send(get("/members?size=500&page=" + page)).body());
            answer.path("items").forEach(m -> ids.add(m.path("id").asString()));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return ids;
            }
        }
    }

    JsonNode member(String id) {
        return JSON.readTree(send(get("/members/" + id)).body());
    }

    /** What member {@code id} must read as: the template's stored form with this id and name. */
    JsonNode expected(String id) {
        return template.deepCopy().put("id", id).put("name", "Writer " + id);
    }

    private Call call(String what, String writtenId, HttpRequest.Builder request) {
        long started = System.nanoTime();
        int status;
        var problems = new ArrayList<String>();
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            problems.addAll(Verdicts.leaks(response.body()));
            if (status == 503) {
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        || response.headers().firstValue("Retry-After").isEmpty()
                        || !response.body().contains("\"https://coopgraph.org/problems/database-unavailable\"")) {
                    problems.add("503 without problem+json, Retry-After or type: " + response.headers().map() + " " + response.body());
                }
            } else if (status / 100 != 2) {
                problems.add("unexpected status, body " + response.body());
            }
        } catch (IOException e) {
            status = -1;
            problems.add("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
            problems.add("interrupted");
        }
        return new Call(what, writtenId, status, started, System.nanoTime(), List.copyOf(problems));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header(RawHttp.API_KEY_HEADER, key).GET();
    }

    private HttpRequest.Builder post(String json) {
        return HttpRequest.newBuilder(URI.create(base + "/members")).header(RawHttp.API_KEY_HEADER, key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String body(String id) {
        return """
                {"id": "%s", "name": "Writer %s", "kind": "COMPANY", "helix": "INDUSTRY", "municipality": "Stadskanaal",
                 "publicProfile": true, "joined": 2021, "sectors": [{"code": "10.62", "primary": true}],
                 "skills": [{"skillId": "%s", "level": 3}], "suppliesTo": ["green-college"],
                 "stakes": [{"themeId": "employment", "interest": 4, "influence": 2, "stance": "SUPPORTS"}]}
                """.formatted(id, id, ESCO);
    }
}

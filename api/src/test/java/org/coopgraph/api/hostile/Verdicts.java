package org.coopgraph.api.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopgraph.api.hostile.HostileCorpus.Entry;
import org.coopgraph.api.hostile.HostileCorpus.Expect;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What is wrong with one answer to a hostile request; an empty list means it was answered properly. */
final class Verdicts {

    /** Text that only an internal failure would put in a body: stack frames, class and product names. */
    static final List<String> LEAKS = List.of("exception", "org.coopgraph", "neo4j", "\tat ", "at java.", "caused by",
            "tools.jackson", "com.fasterxml", "springframework", "tomcat", "jakarta.", "stacktrace", "trace\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Verdicts() {
    }

    static List<String> of(Entry entry, RawHttp.Response response) {
        var problems = new ArrayList<String>();
        int status = response.status();
        boolean expected = entry.expect() == Expect.OK ? status == 200 : status >= 400 && status < 500;
        if (status == 429) {
            problems.add("rate limited: the corpus must reach validation (the shared test context has high limits)");
        } else if (!expected) {
            problems.add("status " + status + " (expected " + (entry.expect() == Expect.OK ? "200" : "4xx") + ")");
        }
        problems.addAll(leaks(response.text()));
        String origin = entry.headers().get("Origin");
        if (origin != null && response.header("Access-Control-Allow-Origin").filter(a -> a.equals(origin) || a.equals("*")).isPresent()) {
            problems.add("CORS granted to " + origin);
        }
        boolean hasBody = response.body().length > 0 && !entry.method().equals("HEAD");
        if (status >= 400 && hasBody) {
            problems.addAll(problem(response, status));
        }
        return problems;
    }

    static List<String> leaks(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return LEAKS.stream().filter(lower::contains).map(leak -> "body contains '" + leak.strip() + "'").toList();
    }

    private static List<String> problem(RawHttp.Response response, int status) {
        var problems = new ArrayList<String>();
        String type = response.header("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            problems.add("Content-Type '" + type + "' is not application/problem+json");
            return problems;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (body.path("status").asInt() != status || !body.path("type").asString("").startsWith("https://coopgraph.org/problems/")) {
                problems.add("problem has status " + body.path("status") + " and type " + body.path("type"));
            }
        } catch (JacksonException e) {
            problems.add("problem body is not JSON");
        }
        return problems;
    }
}

package org.coopgraph.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.hostile.HostileCorpus.Entry;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Sends every request of {@code hostile/corpus.jsonl} to the running service: each must be refused
 * with a 4xx problem (or, for harmless searches, answered 200), with no internals in the body, and the
 * graph must read exactly the same afterwards. A second test keeps the corpus complete: every route
 * under /api and /embed needs at least {@value #MIN_ENTRIES_PER_ROUTE} entries.
 */
class HostileCorpusTest extends EmbeddedContextTestBase {

    static final String REGION = "hostile";
    static final int MIN_ENTRIES = 200;
    static final int MIN_ENTRIES_PER_ROUTE = 3;
    private static final long SLOW_MILLIS = 500;

    @Autowired
    CoordinatorKey key;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private FeatureClient api;

    @BeforeEach
    void region() {
        api = new FeatureClient(port, key.value());
        if (api.get("/api/regions/" + REGION).statusCode() == 404) {
            assertThat(api.post("/api/regions/" + REGION + "/import", FeatureClient.exampleDocument(REGION)).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesEveryHostileRequestWithAProblemAndLeavesTheGraphUnchanged() {
        List<Entry> corpus = HostileCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MIN_ENTRIES);
        Map<String, String> before = RegionFingerprint.of(api, REGION, List.of("q-project-lead"));
        var raw = new RawHttp(port);
        // A few at a time: the corpus stays well under a minute, and no answer may depend on the order.
        List<String> failures = corpus.parallelStream().flatMap(entry -> verdict(raw, entry).stream()).toList();
        assertThat(failures).as("answers that are not a clean refusal").isEmpty();
        assertThat(RegionFingerprint.of(api, REGION, List.of("q-project-lead"))).isEqualTo(before);
    }

    private List<String> verdict(RawHttp raw, Entry entry) {
        var headers = new LinkedHashMap<>(entry.headers());
        if (entry.withKey()) {
            headers.put(RawHttp.API_KEY_HEADER, key.value());
        }
        long started = System.nanoTime();
        RawHttp.Response response;
        try {
            response = raw.send(entry.method(), entry.target(), headers, entry.body());
        } catch (RuntimeException e) {
            return List.of(entry + ": no answer (" + e + ")");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > SLOW_MILLIS) {
            System.out.println("hostile corpus: slow answer (" + millis + " ms) to " + entry);
        }
        List<String> problems = Verdicts.of(entry, response);
        return problems.isEmpty() ? List.of()
                : List.of(entry + ": " + String.join("; ", problems) + "\n    body: " + abbreviated(response.text()));
    }

    @Test
    void hasEntriesForEveryRoute() {
        List<Entry> corpus = HostileCorpus.load();
        assertThat(corpus.stream().map(Entry::id).distinct()).as("entry ids are unique").hasSize(corpus.size());
        var counts = new TreeMap<String, Integer>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> !isTestController(handler.getBeanType()))
                .filter(p -> p.startsWith("/api") || p.startsWith("/embed"))
                .forEach(pattern -> methods(info.getMethodsCondition().getMethods()).forEach(method -> {
                    var parsed = PathPatternParser.defaultInstance.parse(pattern);
                    long n = corpus.stream().filter(e -> e.method().equals(method)
                            && parsed.matches(PathContainer.parsePath(e.path()))).count();
                    counts.merge(method + " " + pattern, (int) n, Integer::sum);
                })));
        assertThat(counts).isNotEmpty();
        assertThat(counts.entrySet().stream().filter(c -> c.getValue() < MIN_ENTRIES_PER_ROUTE).map(Map.Entry::getKey))
                .as("routes with fewer than %d corpus entries", MIN_ENTRIES_PER_ROUTE).isEmpty();
    }

    /** Controllers of other tests (an echo of the caller's access, a failing route) are not the API. */
    private static boolean isTestController(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    private static Set<String> methods(Set<org.springframework.web.bind.annotation.RequestMethod> declared) {
        return declared.isEmpty() ? Set.of("GET") : declared.stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String abbreviated(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 400 ? line : line.substring(0, 397) + "...";
    }
}

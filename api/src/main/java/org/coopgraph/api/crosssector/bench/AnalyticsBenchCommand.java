package org.coopgraph.api.crosssector.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.api.cli.Command;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Taxonomy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-analytics <outDir> [--sizes 10000,100000] [--pivots 1000] [--seed 42] [--url U --key K]
 * [--requests 200]}: generates synthetic regions, times coopgraph's graph measures and full analyses
 * on them ({@link GraphBench}), writes the graphs for the peer script (bench/analytics-peers.sh) and,
 * given the address of a running coopgraph, imports the smallest region there and measures cached
 * response times ({@link HttpLatency}). Figures go to {@code <outDir>/coopgraph.json}; nothing is asserted.
 */
@Component
final class AnalyticsBenchCommand implements Command {

    static final String USAGE = "usage: bench-analytics <outDir> [--sizes 10000,100000] [--pivots 1000] [--seed 42]"
            + " [--url http://127.0.0.1:8080 --key <coordinator key>] [--requests 200]";

    private final JsonMapper json;

    AnalyticsBenchCommand(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "bench-analytics";
    }

    @Override
    public int run(List<String> args) throws Exception {
        return run(args, System.out, System.err);
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        Path dir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else if (!arg.startsWith("--") && dir == null) {
                dir = Path.of(arg);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (dir == null || (options.containsKey("url") != options.containsKey("key"))) {
            err.println(USAGE);
            return 2;
        }
        Files.createDirectories(dir);
        int pivots = Integer.parseInt(options.getOrDefault("pivots", "1000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        List<Integer> sizes = List.of(options.getOrDefault("sizes", "10000,100000").split(",")).stream()
                .map(String::trim).map(Integer::parseInt).toList();
        var report = new LinkedHashMap<String, Object>();
        report.put("seed", seed);
        report.put("java", System.getProperty("java.version"));
        report.put("cores", Runtime.getRuntime().availableProcessors());
        var bench = new GraphBench(dir, pivots, seed, out);
        for (int size : sizes) {
            out.printf("coopgraph, synthetic region of %,d members (seed %d)%n", size, seed);
            report.put(String.valueOf(size), bench.run(snapshot(SyntheticRegion.generate(seed, size)), String.valueOf(size)));
        }
        if (options.containsKey("url")) {
            int smallest = sizes.stream().min(Integer::compare).orElseThrow();
            out.printf("HTTP against %s, region synthetic-%d%n", options.get("url"), smallest);
            byte[] document = json.writeValueAsBytes(SyntheticRegion.generate(seed, smallest));
            report.put("http", new HttpLatency(options.get("url"), options.get("key"), out)
                    .run("synthetic-" + smallest, document, Integer.parseInt(options.getOrDefault("requests", "200"))));
        }
        Files.write(dir.resolve("coopgraph.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        out.println("wrote " + dir.resolve("coopgraph.json"));
        return 0;
    }

    /** The region as the database would hand it back: data version 1, latest year. */
    static NetworkSnapshot snapshot(RegionDocument doc) {
        return new NetworkSnapshot(doc.region(), 1, null, Taxonomy.of(doc.sectors(), doc.skills(), doc.themes()),
                doc.members(), doc.projects(), doc.questions(), doc.ties(), doc.valueChains());
    }
}

package org.coopgraph.api.suggestions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.suggestions.evaluation.Baselines;
import org.coopgraph.analytics.suggestions.evaluation.EvaluationReport;
import org.coopgraph.analytics.suggestions.evaluation.LinkPredictionEvaluation;
import org.coopgraph.analytics.suggestions.evaluation.ParticipationCsv;
import org.coopgraph.api.cli.Command;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * {@code evaluate [--members N] [--seed S] [--year T] [--horizon H] [--k K] [--csv FILE [--region R]]
 * [--ablations false]}: hides the future after year T and reports how well each predictor ranks the
 * links of T+1..T+H (precision@k, recall@k, MAP, AUC), on a synthetic region or on real participation
 * data, with the combined score's ablations (one component off at a time) unless switched off. The work is
 * {@link LinkPredictionEvaluation}'s; this only reads arguments and prints.
 */
@Component
final class EvaluateCommand implements Command {

    static final String USAGE = "usage: evaluate [--members 3000] [--seed 20240301] [--year 2022] [--horizon 2] [--k 10]"
            + " [--csv participations.csv [--region R]] [--ablations false]";

    private final SuggestionSettings settings;

    EvaluateCommand(SuggestionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public int run(List<String> args) throws IOException {
        return run(args, System.out, System.err);
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || i + 1 >= args.size()) {
                err.println(USAGE);
                return 2;
            }
            options.put(arg.substring(2), args.get(++i));
        }
        try {
            int year = Integer.parseInt(options.getOrDefault("year", "2022"));
            int horizon = Integer.parseInt(options.getOrDefault("horizon", "2"));
            int k = Integer.parseInt(options.getOrDefault("k", "10"));
            long seed = Long.parseLong(options.getOrDefault("seed", "20240301"));
            String dataset;
            NetworkSnapshot all;
            if (options.containsKey("csv")) {
                Path file = Path.of(options.get("csv"));
                dataset = file.getFileName() + (options.containsKey("region") ? " region " + options.get("region") : "");
                all = ParticipationCsv.read(Files.readString(file, StandardCharsets.UTF_8), options.get("region"), dataset);
            } else {
                int members = Integer.parseInt(options.getOrDefault("members", "3000"));
                dataset = "synthetic region of " + members + " members (seed " + seed + ")";
                all = snapshot(SyntheticRegion.generate(seed, members));
            }
            long started = System.nanoTime();
            var weights = settings.weightsFor(all.region().id());
            var predictors = new java.util.ArrayList<>(Baselines.all(weights, seed));
            if (!"false".equals(options.get("ablations"))) {
                predictors.addAll(Baselines.ablations(weights));
            }
            EvaluationReport report = LinkPredictionEvaluation.evaluate(dataset, all, year, horizon, k, predictors);
            out.print(report.format());
            out.printf("(evaluated in %d ms)%n", (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    static NetworkSnapshot snapshot(RegionDocument doc) {
        return new NetworkSnapshot(doc.region(), 1, null, Taxonomy.of(doc.sectors(), doc.skills(), doc.themes()),
                doc.members(), doc.projects(), doc.questions(), doc.ties(), doc.valueChains());
    }
}

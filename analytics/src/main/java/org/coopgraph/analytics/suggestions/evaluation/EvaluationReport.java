package org.coopgraph.analytics.suggestions.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one temporal link-prediction evaluation: the data it ran on and, per predictor, the
 * macro averages over query members (members that gained at least one new partner) of precision@k,
 * recall@k, average precision (MAP) and AUC (NaN, shown "n/a", when no query member had a candidate
 * that did not become a partner).
 */
public record EvaluationReport(String dataset, int year, int horizon, int k, int members, int historyLinks,
                               long futureLinks, int queryMembers, List<Row> rows) {

    public EvaluationReport {
        rows = List.copyOf(rows);
    }

    public record Row(String predictor, double precisionAtK, double recallAtK, double map, double auc) {
    }

    public Row row(String predictor) {
        return rows.stream().filter(r -> r.predictor().equals(predictor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no predictor " + predictor));
    }

    /** A plain-text table, the same for the same data (no timings in it). */
    public String format() {
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Link prediction on %s: history up to %d, new links in %d-%d%n",
                dataset, year, year + 1, year + horizon));
        sb.append(String.format(Locale.ROOT, "members %d, history links %d, new links %d, query members %d, k = %d%n",
                members, historyLinks, futureLinks, queryMembers, k));
        sb.append(String.format(Locale.ROOT, "%-30s %8s %8s %8s %8s%n", "predictor", "P@" + k, "R@" + k, "MAP", "AUC"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-30s %8.4f %8.4f %8.4f %8s%n", r.predictor(), r.precisionAtK(),
                    r.recallAtK(), r.map(), Double.isNaN(r.auc()) ? "n/a" : String.format(Locale.ROOT, "%.4f", r.auc())));
        }
        return sb.toString();
    }
}

package org.coopgraph.analytics.suggestions.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Temporal link-prediction evaluation (the protocol of Liben-Nowell and Kleinberg 2007): build the
 * network as known at the end of year T ({@link HistorySplit}), let each predictor rank every
 * member's candidates, and score the rankings against the links that really appeared in T+1..T+h.
 * Pure and deterministic for deterministic predictors.
 */
public final class LinkPredictionEvaluation {

    private LinkPredictionEvaluation() {
    }

    public static EvaluationReport evaluate(String dataset, NetworkSnapshot all, int year, int horizon, int k,
                                            List<LinkScorer> predictors) {
        Objects.requireNonNull(all, "all");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        return evaluate(dataset, HistorySplit.of(all, year, horizon), k, predictors);
    }

    public static EvaluationReport evaluate(String dataset, HistorySplit split, int k, List<LinkScorer> predictors) {
        SuggestionContext context = split.history();
        int n = context.size();
        List<Integer> queries = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if (split.future()[u].length > 0) {
                queries.add(u);
            }
        }
        List<EvaluationReport.Row> rows = new ArrayList<>();
        for (LinkScorer predictor : predictors) {
            double precision = 0;
            double recall = 0;
            double map = 0;
            double auc = 0;
            int aucCount = 0;
            for (int u : queries) {
                double[] scores = predictor.scores(context, u);
                boolean[] candidate = new boolean[n];
                for (int v = 0; v < n; v++) {
                    candidate[v] = v != u;
                }
                for (int p = context.graph().neighbourStart(u); p < context.graph().neighbourEnd(u); p++) {
                    candidate[context.graph().target(p)] = false;
                }
                RankingMetrics m = RankingMetrics.of(scores, candidate, split.future()[u], k);
                precision += m.precisionAtK();
                recall += m.recallAtK();
                map += m.averagePrecision();
                if (m.hasAuc()) {
                    auc += m.auc();
                    aucCount++;
                }
            }
            int q = Math.max(1, queries.size());
            rows.add(new EvaluationReport.Row(predictor.name(), precision / q, recall / q, map / q,
                    aucCount == 0 ? Double.NaN : auc / aucCount));
        }
        return new EvaluationReport(dataset, split.year(), split.horizon(), k, n, context.graph().edgeCount(),
                split.futureLinks(), queries.size(), rows);
    }
}

package org.coopgraph.analytics.suggestions.evaluation;

/**
 * Ranking quality for one member: its candidates (every other node not tied to it) ranked by score,
 * highest first, ties by node number (= member id order), against the partners it really gained.
 * Precision@k and recall@k over the top k; average precision over the whole ranking; AUC as the
 * probability that a real partner outscores a candidate that did not become one, ties counting half
 * (Mann-Whitney). Each positive is placed by counting, so no ranking is sorted: O(positives x nodes).
 */
public record RankingMetrics(double precisionAtK, double recallAtK, double averagePrecision, double auc, boolean hasAuc) {

    /**
     * @param isCandidate candidate flags by node (false for the member itself and its current partners)
     * @param positives   the member's future partners, each a candidate
     */
    public static RankingMetrics of(double[] scores, boolean[] isCandidate, int[] positives, int k) {
        if (positives.length == 0) {
            throw new IllegalArgumentException("a member without future partners has no ranking metrics");
        }
        boolean[] positive = new boolean[scores.length];
        for (int p : positives) {
            positive[p] = true;
        }
        int candidates = 0;
        for (boolean c : isCandidate) {
            candidates += c ? 1 : 0;
        }
        int negatives = candidates - positives.length;
        int[] ranks = new int[positives.length];
        double aucSum = 0;
        for (int i = 0; i < positives.length; i++) {
            int p = positives[i];
            int above = 0;
            int negativesBelow = 0;
            int negativesTied = 0;
            for (int v = 0; v < scores.length; v++) {
                if (!isCandidate[v] || v == p) {
                    continue;
                }
                if (scores[v] > scores[p] || (scores[v] == scores[p] && v < p)) {
                    above++;
                }
                if (!positive[v]) {
                    if (scores[v] < scores[p]) {
                        negativesBelow++;
                    } else if (scores[v] == scores[p]) {
                        negativesTied++;
                    }
                }
            }
            ranks[i] = above + 1;
            aucSum += negatives == 0 ? 0 : (negativesBelow + 0.5 * negativesTied) / negatives;
        }
        java.util.Arrays.sort(ranks);
        int hits = 0;
        double ap = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] <= k) {
                hits++;
            }
            ap += (i + 1.0) / ranks[i];
        }
        return new RankingMetrics((double) hits / k, (double) hits / positives.length, ap / positives.length,
                negatives == 0 ? 0 : aucSum / positives.length, negatives > 0);
    }
}

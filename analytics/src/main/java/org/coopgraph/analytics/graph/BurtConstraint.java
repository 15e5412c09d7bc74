package org.coopgraph.analytics.graph;

/**
 * Burt's network constraint with tie weights (Burt 1992, "Structural Holes", ch. 2):
 * c_i = sum over neighbours j of (p_ij + sum over q != i, j of p_iq * p_qj)^2, where p_ij is the
 * share of i's tie weight that goes to j (w_ij / strength_i; the graph is undirected, so Burt's
 * (z_ij + z_ji) / sum_k (z_ik + z_ki) reduces to this). High constraint: a member's contacts are
 * tied to each other, so it brokers little. Same definition as NetworkX's {@code constraint}.
 * Undefined (NaN) for a member without ties.
 *
 * <p>Cost: for each i the indirect terms walk the neighbours of i's neighbours once, i.e. the sum of
 * squared degrees overall; p_iq is held in a dense array that is reset after each i.
 */
public final class BurtConstraint implements NodeScoring {

    @Override
    public double[] scores(CollaborationGraph graph) {
        int n = graph.size();
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            strength[v] = graph.strength(v);
        }
        double[] share = new double[n];
        double[] indirect = new double[n];
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            if (graph.degree(i) == 0) {
                result[i] = Double.NaN;
                continue;
            }
            int start = graph.neighbourStart(i);
            int end = graph.neighbourEnd(i);
            for (int p = start; p < end; p++) {
                share[graph.target(p)] = graph.weightAt(p) / strength[i];
            }
            for (int p = start; p < end; p++) {
                int q = graph.target(p);
                double viaQ = share[q] / strength[q];
                for (int r = graph.neighbourStart(q); r < graph.neighbourEnd(q); r++) {
                    int j = graph.target(r);
                    if (share[j] > 0.0) {               // j is a neighbour of i (never i itself)
                        indirect[j] += viaQ * graph.weightAt(r);
                    }
                }
            }
            double sum = 0.0;
            for (int p = start; p < end; p++) {
                int j = graph.target(p);
                double local = share[j] + indirect[j];
                sum += local * local;
                share[j] = 0.0;
                indirect[j] = 0.0;
            }
            result[i] = sum;
        }
        return result;
    }
}

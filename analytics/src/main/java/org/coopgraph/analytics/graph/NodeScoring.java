package org.coopgraph.analytics.graph;

/**
 * One score per node of a collaboration graph, indexed by node number (JGraphT's
 * {@code VertexScoringAlgorithm}, over the int view). Implementations are stateless apart from their
 * configuration, so one instance can score many graphs.
 */
public interface NodeScoring {

    /** A fresh array of {@code graph.size()} scores; NaN where the score is undefined for a node. */
    double[] scores(CollaborationGraph graph);
}

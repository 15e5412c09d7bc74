package org.coopgraph.analytics.graph;

/** Splits a collaboration graph into communities (JGraphT's {@code ClusteringAlgorithm}, over the int view). */
public interface CommunityDetection {

    Partition detect(CollaborationGraph graph);
}

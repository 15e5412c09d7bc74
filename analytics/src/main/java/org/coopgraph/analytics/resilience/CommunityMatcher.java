package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.coopgraph.analytics.graph.CollaborationGraph;

/**
 * One step of community tracking: matches this year's communities to last year's labelled ones and
 * classifies the change. Matching is greedy on Jaccard overlap, highest first (ties: older label,
 * then the larger current community), keeping pairs at or above the threshold: each label goes to at
 * most one current community. Prior q "flows into" current c when more than half of q's members still
 * present this year are in c; c "comes from" prior p when more than half of c's members that were
 * present last year were in p. Two or more flowing into one c make it MERGED; two or more coming
 * from one p make each of them SPLIT; otherwise a matched community is GROWN or SHRUNK when its size
 * moved by more than the tolerance, else CONTINUED, and an unmatched one is NEW.
 */
final class CommunityMatcher {

    /** A labelled community: {@code number} orders labels by first appearance. */
    record Group(String label, int number, List<String> members) {
    }

    /** The outcome for one current community, in the order given. */
    record Assignment(Group group, CommunityChange change, List<String> predecessors, double jaccard, int previousSize,
                      int stayed) {
    }

    record Step(List<Assignment> assignments, List<EndedCommunity> ended) {
    }

    private CommunityMatcher() {
    }

    static Step match(List<Group> prior, CollaborationGraph priorGraph, List<List<String>> current,
                      CollaborationGraph graph, CommunityTrackingOptions options, IntSupplier nextNumber) {
        int p = prior.size();
        int c = current.size();
        Map<String, Integer> priorOf = new HashMap<>();
        for (int j = 0; j < p; j++) {
            for (String id : prior.get(j).members()) {
                priorOf.put(id, j);
            }
        }
        int[][] overlap = new int[c][p];
        int[] existed = new int[c];
        for (int i = 0; i < c; i++) {
            for (String id : current.get(i)) {
                Integer j = priorOf.get(id);
                if (j != null) {
                    overlap[i][j]++;
                }
                existed[i] += priorGraph.index(id) >= 0 ? 1 : 0;
            }
        }
        int[] survivors = new int[p];
        for (int j = 0; j < p; j++) {
            survivors[j] = (int) prior.get(j).members().stream().filter(id -> graph.index(id) >= 0).count();
        }
        int[] matchOf = greedyMatch(prior, current, overlap, options.jaccardThreshold());
        int[] flowsInto = new int[p];
        int[] fragmentOf = new int[c];
        int[] fragments = new int[p];
        java.util.Arrays.fill(flowsInto, -1);
        java.util.Arrays.fill(fragmentOf, -1);
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < p; j++) {
                if (2 * overlap[i][j] > survivors[j]) {
                    flowsInto[j] = i;
                }
                if (2 * overlap[i][j] > existed[i]) {
                    fragmentOf[i] = j;
                    fragments[j]++;
                }
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        boolean[] labelKept = new boolean[p];
        for (int i = 0; i < c; i++) {
            int j = matchOf[i];
            int size = current.get(i).size();
            List<Integer> sources = new ArrayList<>();
            if (j >= 0) {
                sources.add(j);
                labelKept[j] = true;
            }
            int merging = 0;
            for (int q = 0; q < p; q++) {
                merging += flowsInto[q] == i ? 1 : 0;
                if (flowsInto[q] == i && q != j) {
                    sources.add(q);
                }
            }
            CommunityChange change;
            if (merging >= 2) {
                change = CommunityChange.MERGED;
            } else if (fragmentOf[i] >= 0 && fragments[fragmentOf[i]] >= 2) {
                change = CommunityChange.SPLIT;
                sources = j >= 0 ? List.of(j) : List.of(fragmentOf[i]);
            } else if (j >= 0) {
                int before = prior.get(j).members().size();
                change = size > before * (1 + options.sizeTolerance()) ? CommunityChange.GROWN
                        : size < before * (1 - options.sizeTolerance()) ? CommunityChange.SHRUNK : CommunityChange.CONTINUED;
                sources = List.of(j);
            } else {
                change = CommunityChange.NEW;
                sources = List.of();
            }
            Group group;
            if (j >= 0) {
                group = new Group(prior.get(j).label(), prior.get(j).number(), current.get(i));
            } else {
                int number = nextNumber.getAsInt();
                group = new Group("C" + number, number, current.get(i));
            }
            int previousSize = j >= 0 ? prior.get(j).members().size() : 0;
            int stayed = j >= 0 ? overlap[i][j] : 0;
            assignments.add(new Assignment(group, change, sources.stream().map(q -> prior.get(q).label()).toList(),
                    j >= 0 ? jaccard(overlap[i][j], size, previousSize) : 0.0, previousSize, stayed));
        }
        return new Step(assignments, ended(prior, labelKept, flowsInto, fragmentOf, fragments, assignments));
    }

    private static List<EndedCommunity> ended(List<Group> prior, boolean[] labelKept, int[] flowsInto, int[] fragmentOf,
                                              int[] fragments, List<Assignment> assignments) {
        List<EndedCommunity> ended = new ArrayList<>();
        for (int j = 0; j < prior.size(); j++) {
            if (labelKept[j]) {
                continue;
            }
            int size = prior.get(j).members().size();
            int q = j;
            Assignment into = flowsInto[j] >= 0 ? assignments.get(flowsInto[j]) : null;
            // absorbed by a community that goes on under another label, or by a merger; not a new one it seeded alone
            if (into != null && (into.change() == CommunityChange.MERGED || into.previousSize() > 0)) {
                ended.add(new EndedCommunity(prior.get(j).label(), size, CommunityChange.MERGED,
                        List.of(into.group().label())));
            } else if (fragments[j] >= 2) {
                List<String> parts = java.util.stream.IntStream.range(0, fragmentOf.length).filter(i -> fragmentOf[i] == q)
                        .mapToObj(i -> assignments.get(i).group().label()).toList();
                ended.add(new EndedCommunity(prior.get(j).label(), size, CommunityChange.SPLIT, parts));
            } else {
                ended.add(new EndedCommunity(prior.get(j).label(), size, CommunityChange.DISSOLVED, List.of()));
            }
        }
        return ended;
    }

    private static int[] greedyMatch(List<Group> prior, List<List<String>> current, int[][] overlap, double threshold) {
        List<double[]> pairs = new ArrayList<>();                  // {jaccard, prior number, i, j}
        for (int i = 0; i < current.size(); i++) {
            for (int j = 0; j < prior.size(); j++) {
                double jaccard = jaccard(overlap[i][j], current.get(i).size(), prior.get(j).members().size());
                if (overlap[i][j] > 0 && jaccard >= threshold) {
                    pairs.add(new double[] {jaccard, prior.get(j).number(), i, j});
                }
            }
        }
        pairs.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]));
        int[] matchOf = new int[current.size()];
        java.util.Arrays.fill(matchOf, -1);
        boolean[] taken = new boolean[prior.size()];
        for (double[] pair : pairs) {
            int i = (int) pair[2];
            int j = (int) pair[3];
            if (matchOf[i] < 0 && !taken[j]) {
                matchOf[i] = j;
                taken[j] = true;
            }
        }
        return matchOf;
    }

    static double jaccard(int overlap, int sizeA, int sizeB) {
        int union = sizeA + sizeB - overlap;
        return union == 0 ? 0.0 : (double) overlap / union;
    }
}

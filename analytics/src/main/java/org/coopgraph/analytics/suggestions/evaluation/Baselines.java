package org.coopgraph.analytics.suggestions.evaluation;

import java.util.List;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.suggestions.StructuralComponent;
import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.analytics.suggestions.SuggestionScorer;
import org.coopgraph.analytics.suggestions.SuggestionWeights;

/**
 * The predictors compared (Liben-Nowell and Kleinberg, "The link-prediction problem for social
 * networks", JASIST 58, 2007; Lü and Zhou, Physica A 390, 2011): random, common neighbours,
 * Adamic-Adar alone, preferential attachment (degree product), and coopgraph's combined score, which
 * counts only for pairs it would suggest (a positive non-bonus component), else 0.
 */
public final class Baselines {

    private Baselines() {
    }

    public static List<LinkScorer> all(SuggestionWeights weights, long seed) {
        return List.of(combined(weights), adamicAdar(), commonNeighbours(), preferentialAttachment(), random(seed));
    }

    public static LinkScorer combined(SuggestionWeights weights) {
        return combined("coopgraph combined", weights);
    }

    /**
     * The combined score with one component switched off at a time (weight 0), to show what each adds
     * or costs; the sector quota plays no part here (rankings are scored whole).
     */
    public static List<LinkScorer> ablations(SuggestionWeights w) {
        return List.of(
                combined("  without structural", new SuggestionWeights(0, w.complementarity(), w.crossSector(), w.crossHelix(),
                        w.valueChain(), w.themes(), w.relatedSkill(), w.maxSectorShare())),
                combined("  without complementarity", new SuggestionWeights(w.structural(), 0, w.crossSector(), w.crossHelix(),
                        w.valueChain(), w.themes(), w.relatedSkill(), w.maxSectorShare())),
                combined("  without sector/helix bonus", new SuggestionWeights(w.structural(), w.complementarity(), 0, 0,
                        w.valueChain(), w.themes(), w.relatedSkill(), w.maxSectorShare())),
                combined("  without value chain", new SuggestionWeights(w.structural(), w.complementarity(), w.crossSector(),
                        w.crossHelix(), 0, w.themes(), w.relatedSkill(), w.maxSectorShare())),
                combined("  without themes", new SuggestionWeights(w.structural(), w.complementarity(), w.crossSector(),
                        w.crossHelix(), w.valueChain(), 0, w.relatedSkill(), w.maxSectorShare())));
    }

    public static LinkScorer combined(String name, SuggestionWeights weights) {
        return scorer(name, (context, a) -> {
            var totals = new SuggestionScorer(context, weights).totals(a);
            double[] scores = totals.total();
            for (int b = 0; b < scores.length; b++) {
                if (totals.substantive()[b] <= 1e-12) {
                    scores[b] = 0;
                }
            }
            return scores;
        });
    }

    public static LinkScorer adamicAdar() {
        var component = new StructuralComponent(StructuralComponent.Index.ADAMIC_ADAR);
        return scorer("Adamic-Adar", (context, a) -> {
            double[] scores = new double[context.size()];
            component.scoreAll(context, a, scores);
            return scores;
        });
    }

    public static LinkScorer commonNeighbours() {
        return scorer("common neighbours", (context, a) -> {
            CollaborationGraph g = context.graph();
            double[] scores = new double[g.size()];
            for (int p = g.neighbourStart(a); p < g.neighbourEnd(a); p++) {
                int c = g.target(p);
                for (int q = g.neighbourStart(c); q < g.neighbourEnd(c); q++) {
                    scores[g.target(q)] += 1;
                }
            }
            return scores;
        });
    }

    public static LinkScorer preferentialAttachment() {
        return scorer("preferential attachment", (context, a) -> {
            CollaborationGraph g = context.graph();
            double[] scores = new double[g.size()];
            for (int b = 0; b < scores.length; b++) {
                scores[b] = (double) g.degree(a) * g.degree(b);
            }
            return scores;
        });
    }

    /** A seeded, symmetric random score per pair (a hash, so it does not depend on the order pairs are asked in). */
    public static LinkScorer random(long seed) {
        return scorer("random", (context, a) -> {
            double[] scores = new double[context.size()];
            for (int b = 0; b < scores.length; b++) {
                long key = seed ^ (((long) Math.min(a, b) << 32) | Math.max(a, b));
                scores[b] = (mix(key) >>> 11) * 0x1.0p-53;
            }
            return scores;
        });
    }

    /** The finaliser of SplitMix64 (Steele, Lea and Flood, OOPSLA 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private interface Scores {
        double[] of(SuggestionContext context, int a);
    }

    private static LinkScorer scorer(String name, Scores scores) {
        return new LinkScorer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double[] scores(SuggestionContext context, int a) {
                return scores.of(context, a);
            }
        };
    }
}

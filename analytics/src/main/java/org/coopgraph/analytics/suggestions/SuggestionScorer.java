package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The additive suggestion score: the weighted sum of independent components, each explainable on its
 * own. Candidates of a member: present members other than itself, not tied to it (no explicit tie,
 * supply link or shared project), not excluded (rejected), passing the request's filter, with a
 * positive non-bonus component. Ranked by total (highest first), then member id; then re-ranked for
 * sector diversity ({@link SectorDiversity}). Deterministic: no randomness, stable tie-breaks.
 */
public final class SuggestionScorer {

    /** A component and the weight its raw value carries in the total. */
    public record Weighted(SuggestionComponent component, double weight) {
        public Weighted {
            Objects.requireNonNull(component, "component");
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be zero or more and finite: " + weight);
            }
        }
    }

    /** Every node's weighted total and the part of it from non-bonus components. */
    public record Totals(double[] total, double[] substantive) {
    }

    private static final double EPSILON = 1e-12;

    private final SuggestionContext context;
    private final List<Weighted> components;
    private final double maxSectorShare;

    public SuggestionScorer(SuggestionContext context, SuggestionWeights weights) {
        this(context, defaultComponents(weights), weights.maxSectorShare());
    }

    public SuggestionScorer(SuggestionContext context, List<Weighted> components, double maxSectorShare) {
        this.context = Objects.requireNonNull(context, "context");
        this.components = List.copyOf(components);
        if (!(maxSectorShare > 0 && maxSectorShare <= 1)) {
            throw new IllegalArgumentException("maxSectorShare must be above 0 and at most 1: " + maxSectorShare);
        }
        this.maxSectorShare = maxSectorShare;
    }

    /** The five components with the given weights, in the order results list them. */
    public static List<Weighted> defaultComponents(SuggestionWeights w) {
        return List.of(
                new Weighted(new StructuralComponent(StructuralComponent.Index.ADAMIC_ADAR), w.structural()),
                new Weighted(new ComplementarityComponent(w.relatedSkill()), w.complementarity()),
                new Weighted(new CrossSectorComponent(w.crossSector(), w.crossHelix()), 1.0),
                new Weighted(new ValueChainComponent(), w.valueChain()),
                new Weighted(new ThemeComponent(), w.themes()));
    }

    public SuggestionContext context() {
        return context;
    }

    /** Weighted totals of node {@code a} against every node (including non-candidates: callers filter). */
    public Totals totals(int a) {
        int n = context.size();
        double[] total = new double[n];
        double[] substantive = new double[n];
        double[] raw = new double[n];
        for (Weighted w : components) {
            if (w.weight() == 0) {
                continue;
            }
            Arrays.fill(raw, 0);
            w.component().scoreAll(context, a, raw);
            boolean bonus = w.component().bonus();
            for (int b = 0; b < n; b++) {
                double value = w.weight() * raw[b];
                total[b] += value;
                if (!bonus) {
                    substantive[b] += value;
                }
            }
        }
        return new Totals(total, substantive);
    }

    /** Ranked, diverse suggestions for a member; empty when the member is not present in the snapshot. */
    public List<Suggestion> suggest(String memberId, SuggestionRequest request) {
        int a = context.node(memberId);
        if (a < 0) {
            return List.of();
        }
        Totals totals = totals(a);
        int[] candidates = new int[context.size()];
        int count = 0;
        for (int b = 0; b < context.size(); b++) {
            if (isCandidate(a, b, totals, request)) {
                candidates[count++] = b;
            }
        }
        return new RankedSelection(candidates, count, totals.total())
                .select(request.limit(), maxSectorShare, context::sector).stream().map(b -> explain(a, b)).toList();
    }

    /** One pair with every component's contribution and evidence. */
    public Suggestion explain(int a, int b) {
        List<Contribution> contributions = new ArrayList<>(components.size());
        double total = 0;
        for (Weighted w : components) {
            ComponentScore score = w.weight() == 0 ? ComponentScore.NONE : w.component().score(context, a, b);
            Contribution contribution = Contribution.of(w.component().name(), w.weight(), score);
            contributions.add(contribution);
            total += contribution.value();
        }
        return new Suggestion(context.member(a).id(), context.member(b).id(), total, contributions);
    }

    private boolean isCandidate(int a, int b, Totals totals, SuggestionRequest request) {
        return b != a && totals.substantive()[b] > EPSILON && !context.tied(a, b)
                && !request.excluded().contains(context.member(b).id()) && request.filter().test(context.member(b));
    }
}

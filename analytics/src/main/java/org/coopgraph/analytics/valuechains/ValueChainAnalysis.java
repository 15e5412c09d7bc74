package org.coopgraph.analytics.valuechains;

import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.competences.SkillHierarchy;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.valuechains.ValueChainSummary.ChainSummary;
import org.coopgraph.analytics.valuechains.ValueChainSummary.StepPair;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.ValueChain;

/**
 * Value-chain gap analysis: which present members cover each step of a regional value chain, which
 * steps nobody or only one member covers, and which consecutive steps have members that are not
 * within k hops of each other in the collaboration graph (the chain is broken in the network even
 * where every step exists). Sources: the value chain as a sequence of activities (Porter,
 * Competitive Advantage, 1985), here mapped onto a region's members by sector and skills; the link
 * test is k-step reach in the network (Borgatti, "Identifying sets of key players in a social
 * network", Comput. Math. Organ. Theory 12, 2006), computed by bounded multi-source BFS. The coverage
 * rules and candidate weights are this project's own ({@link StepMatcher}, {@link ChainWeights}).
 * Pure and deterministic.
 */
public final class ValueChainAnalysis {

    private ValueChainAnalysis() {
    }

    /** The gaps of one chain with the default k ({@link ChainWeights#DEFAULT_K}). */
    public static ValueChainResult analyse(NetworkSnapshot snapshot, String chainId) {
        return analyse(snapshot, chainId, ChainWeights.DEFAULT_K);
    }

    /**
     * The gaps of one chain, with candidates.
     *
     * @throws IllegalArgumentException when the region has no chain {@code chainId} or k is below 1
     */
    public static ValueChainResult analyse(NetworkSnapshot snapshot, String chainId, int k) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(chainId, "chainId");
        checkK(k);
        ValueChain chain = snapshot.valueChain(chainId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no value chain " + chainId + " in region " + snapshot.region().id()));
        return finder(snapshot, k).analyse(chain, true);
    }

    /** Every chain's gaps, without candidates, in chain id order. */
    public static ValueChainSummary summary(NetworkSnapshot snapshot, int k) {
        Objects.requireNonNull(snapshot, "snapshot");
        checkK(k);
        ChainGapFinder finder = finder(snapshot, k);
        List<ChainSummary> chains = snapshot.valueChains().stream()
                .map(chain -> summarise(finder.analyse(chain, false))).toList();
        return new ValueChainSummary(k, chains);
    }

    private static ChainSummary summarise(ValueChainResult result) {
        int covered = result.steps().size() - result.uncoveredSteps().size();
        List<StepPair> gaps = result.linkGaps().stream().map(g -> new StepPair(g.fromStepId(), g.toStepId())).toList();
        return new ChainSummary(result.chainId(), result.name(), result.steps().size(), covered,
                result.uncoveredSteps(), result.singleSupplierSteps(), gaps);
    }

    private static ChainGapFinder finder(NetworkSnapshot snapshot, int k) {
        SectorHierarchy sectors = new SectorHierarchy(snapshot.taxonomy());
        List<MemberProfile> members = snapshot.presentMembers().stream().map(m -> MemberProfile.of(m, sectors)).toList();
        SkillHierarchy skills = SkillHierarchy.of(snapshot.taxonomy());
        return new ChainGapFinder(new ProfileIndex(members, sectors, skills), new StepMatcher(sectors, skills),
                CollaborationGraph.of(snapshot), k);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1 hop: " + k);
        }
    }
}

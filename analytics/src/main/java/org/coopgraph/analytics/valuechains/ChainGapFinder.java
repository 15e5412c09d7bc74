package org.coopgraph.analytics.valuechains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.HopDistances;
import org.coopgraph.analytics.valuechains.ValueChainResult.CoveringMember;
import org.coopgraph.analytics.valuechains.ValueChainResult.LinkGap;
import org.coopgraph.analytics.valuechains.ValueChainResult.Reason;
import org.coopgraph.analytics.valuechains.ValueChainResult.ReasonCode;
import org.coopgraph.analytics.valuechains.ValueChainResult.StepCoverage;
import org.coopgraph.analytics.valuechains.ValueChainResult.StepLink;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.ValueChain;

/** Finds one chain's coverage, link gaps and candidates over a snapshot's member profiles and collaboration graph. */
final class ChainGapFinder {

    private final ProfileIndex index;
    private final StepMatcher matcher;
    private final CollaborationGraph graph;
    private final int k;

    ChainGapFinder(ProfileIndex index, StepMatcher matcher, CollaborationGraph graph, int k) {
        this.index = index;
        this.matcher = matcher;
        this.graph = graph;
        this.k = k;
    }

    ValueChainResult analyse(ValueChain chain, boolean withCandidates) {
        List<ChainStep> steps = chain.steps().stream().sorted(Comparator.comparing(ChainStep::position)).toList();
        List<StepCoverage> coverage = steps.stream().map(step -> cover(step, withCandidates)).toList();
        List<String> uncovered = coverage.stream().filter(c -> c.members().isEmpty()).map(StepCoverage::stepId).toList();
        List<String> single = coverage.stream().filter(c -> c.members().size() == 1).map(StepCoverage::stepId).toList();
        List<StepLink> links = new ArrayList<>();
        List<LinkGap> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < steps.size(); i++) {
            List<CoveringMember> fromCover = coverage.get(i).members();
            List<CoveringMember> toCover = coverage.get(i + 1).members();
            ChainStep from = steps.get(i);
            ChainStep to = steps.get(i + 1);
            if (fromCover.isEmpty() || toCover.isEmpty()) {
                links.add(new StepLink(from.id(), to.id(), null));
                continue;
            }
            int[] fromHops = HopDistances.from(graph, nodes(fromCover), k);
            Integer hops = nearest(fromHops, toCover);
            links.add(new StepLink(from.id(), to.id(), hops));
            if (hops == null) {
                gaps.add(linkGap(from, fromCover, fromHops, to, toCover, withCandidates));
            }
        }
        return new ValueChainResult(chain.id(), chain.name(), k, coverage, uncovered, single, links, gaps);
    }

    /** The members covering a step, with candidates when it has none or one. */
    private StepCoverage cover(ChainStep step, boolean withCandidates) {
        List<CoveringMember> covering = index.mayCover(step).stream()
                .map(member -> matcher.coverage(step, member)).filter(Objects::nonNull).toList();
        GapCandidates candidates = new GapCandidates();
        if (withCandidates && covering.size() <= 1) {
            forEachOther(step, covering, null, (member, reasons) -> candidates.add(member.memberId(), reasons));
        }
        return new StepCoverage(step.id(), step.name(), step.position(), covering, candidates.top(), candidates.count());
    }

    /**
     * Candidates for a link gap: members who could take on one step (by the usual reasons) and are
     * already within k hops of a member covering the other, so bringing them in closes the gap.
     */
    private LinkGap linkGap(ChainStep from, List<CoveringMember> fromCover, int[] fromHops,
                            ChainStep to, List<CoveringMember> toCover, boolean withCandidates) {
        GapCandidates candidates = new GapCandidates();
        if (withCandidates) {
            int[] toHops = HopDistances.from(graph, nodes(toCover), k);
            forEachOther(from, fromCover, toHops, (member, reasons) -> candidates.add(member.memberId(),
                    withNear(reasons, to, toHops[graph.index(member.memberId())])));
            forEachOther(to, toCover, fromHops, (member, reasons) -> candidates.add(member.memberId(),
                    withNear(reasons, from, fromHops[graph.index(member.memberId())])));
        }
        return new LinkGap(from.id(), to.id(), candidates.top(), candidates.count());
    }

    /**
     * Calls back for each member not covering the step that has a reason to take it on and, when
     * {@code hops} is given, is within k hops of the other step's members.
     */
    private void forEachOther(ChainStep step, List<CoveringMember> covering, int[] hops,
                              BiConsumer<MemberProfile, List<Reason>> action) {
        Set<String> coveringIds = covering.stream().map(CoveringMember::memberId).collect(Collectors.toSet());
        for (MemberProfile member : index.mayRelate(step)) {
            if (coveringIds.contains(member.memberId())
                    || (hops != null && hops[graph.index(member.memberId())] == HopDistances.BEYOND)) {
                continue;
            }
            List<Reason> reasons = matcher.reasons(step, member);
            if (!reasons.isEmpty()) {
                action.accept(member, reasons);
            }
        }
    }

    private static List<Reason> withNear(List<Reason> reasons, ChainStep other, int hops) {
        List<Reason> all = new ArrayList<>(reasons);
        all.add(new Reason(ReasonCode.NEAR_OTHER_STEP, other.id(), null, hops));
        return all;
    }

    private int[] nodes(List<CoveringMember> covering) {
        return covering.stream().mapToInt(c -> graph.index(c.memberId())).toArray();
    }

    private Integer nearest(int[] hops, List<CoveringMember> targets) {
        int best = Integer.MAX_VALUE;
        for (CoveringMember target : targets) {
            int h = hops[graph.index(target.memberId())];
            if (h != HopDistances.BEYOND && h < best) {
                best = h;
            }
        }
        return best == Integer.MAX_VALUE ? null : best;
    }
}

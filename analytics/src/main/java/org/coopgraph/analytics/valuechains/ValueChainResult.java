package org.coopgraph.analytics.valuechains;

import java.util.List;

/**
 * The gaps of one value chain. Steps come in position order; {@code links} holds every pair of
 * consecutive steps; {@code linkGaps} those pairs whose covering members are not within {@code k} hops
 * of each other in the collaboration graph (both steps covered). Candidates: {@link Candidate}.
 */
public record ValueChainResult(String chainId, String name, int k, List<StepCoverage> steps,
                               List<String> uncoveredSteps, List<String> singleSupplierSteps,
                               List<StepLink> links, List<LinkGap> linkGaps) {

    public ValueChainResult {
        steps = List.copyOf(steps);
        uncoveredSteps = List.copyOf(uncoveredSteps);
        singleSupplierSteps = List.copyOf(singleSupplierSteps);
        links = List.copyOf(links);
        linkGaps = List.copyOf(linkGaps);
    }

    /**
     * One step with its covering members (by id) and, when it is uncovered or has a single supplier,
     * the ranked candidates who could fill or back it up (at most {@link ChainWeights#MAX_CANDIDATES}
     * of {@code candidateCount}).
     */
    public record StepCoverage(String stepId, String name, int position, List<CoveringMember> members,
                               List<Candidate> candidates, int candidateCount) {
        public StepCoverage {
            members = List.copyOf(members);
            candidates = List.copyOf(candidates);
        }
    }

    /** A present member covering a step: by sector (equal to or below a step sector), by skills (all of them), or both. */
    public record CoveringMember(String memberId, boolean bySector, boolean bySkills) {
    }

    /**
     * Two consecutive steps; {@code hops} is the shortest path between any of their covering members
     * (0 when one member covers both), null when it is longer than k or a step is uncovered.
     */
    public record StepLink(String fromStepId, String toStepId, Integer hops) {
    }

    /** Consecutive covered steps whose members are not within k hops, with who could close the gap. */
    public record LinkGap(String fromStepId, String toStepId, List<Candidate> candidates, int candidateCount) {
        public LinkGap {
            candidates = List.copyOf(candidates);
        }
    }

    /** A member who could fill a gap; {@code score} is the sum of its reasons' weights ({@link ChainWeights}). */
    public record Candidate(String memberId, double score, List<Reason> reasons) {
        public Candidate {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Why a member is a candidate, for the step {@code stepId}: the step sector it is related to, the
     * step skill it has or has a related skill for, or (NEAR_OTHER_STEP) the hops to the nearest
     * covering member of the other step of a link gap. Fields that do not apply are null.
     */
    public record Reason(ReasonCode code, String stepId, String detail, Integer hops) {
    }

    public enum ReasonCode { RELATED_SECTOR, HAS_STEP_SKILL, RELATED_SKILL, NEAR_OTHER_STEP }
}

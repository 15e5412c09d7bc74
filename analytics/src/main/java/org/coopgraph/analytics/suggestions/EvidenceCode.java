package org.coopgraph.analytics.suggestions;

/**
 * What a piece of evidence says; the API renders each code in plain English and Dutch. The ids and
 * parameters each code carries are listed here so renderers and tests agree on them.
 */
public enum EvidenceCode {
    /** ids: [partner]; params: memberVia, candidateVia (a project id, or "tie:KIND"), weight (the partner's share). */
    SHARED_PARTNER,
    /** The candidate has a skill the member needs. ids: [skill, project or question]; params: source, match, via. */
    OFFERS_NEEDED_SKILL,
    /** The member has a skill the candidate needs. ids: [skill, project or question]; params: source, match, via. */
    NEEDS_OFFERED_SKILL,
    /** ids: [member's sector, candidate's sector] (SBI division). */
    OTHER_SECTOR,
    /** ids: [member's helix, candidate's helix]. */
    OTHER_HELIX,
    /** ids: [chain, member's step, candidate's step]: the candidate covers the step next to one of the member's. */
    CHAIN_NEXT_STEP,
    /** ids: [theme]; params: stance (when both hold the same SUPPORTS or OPPOSES stake), question (in question matches). */
    SHARED_THEME,
    /** A project team pick covers a missing skill. ids: [skill, project]; params: match, via, level. */
    COVERS_SKILL,
    /** A question match has (or, for a school, teaches) a needed skill. ids: [skill, question]; params: match, via, teaches. */
    HAS_NEEDED_SKILL
}

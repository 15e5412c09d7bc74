package org.coopgraph.analytics.agenda;

/**
 * Stakeholder salience after Mitchell, Agle and Wood (1997), "Toward a theory of stakeholder
 * identification and salience", from three attributes: power, legitimacy and urgency. The data holds
 * proxies only (see {@link StakeholderAnalysis}); every class is reachable from them.
 */
public enum SalienceClass {
    /** Power, legitimacy and urgency. */
    DEFINITIVE,
    /** Power and legitimacy. */
    DOMINANT,
    /** Power and urgency. */
    DANGEROUS,
    /** Legitimacy and urgency. */
    DEPENDENT,
    /** Power only. */
    DORMANT,
    /** Legitimacy only. */
    DISCRETIONARY,
    /** Urgency only. */
    DEMANDING,
    /** None of the three: a stake on record, but no salience by these proxies. */
    NON_SALIENT;

    public static SalienceClass of(boolean power, boolean legitimacy, boolean urgency) {
        if (power) {
            return legitimacy ? (urgency ? DEFINITIVE : DOMINANT) : (urgency ? DANGEROUS : DORMANT);
        }
        if (legitimacy) {
            return urgency ? DEPENDENT : DISCRETIONARY;
        }
        return urgency ? DEMANDING : NON_SALIENT;
    }
}

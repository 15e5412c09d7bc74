package org.coopgraph.analytics.resilience;

/**
 * What happened to a community between two consecutive years (after Palla, Barabasi and Vicsek 2007,
 * "Quantifying social group evolution", Nature 446). The first four describe a community that goes on,
 * NEW one without predecessor (every community in the first year), DISSOLVED one that ended.
 * MERGED and SPLIT describe both sides: a current community that took in most of two or more prior
 * ones, or one of two or more current communities made mostly out of one prior; and, for an ended
 * community, that it went into a merger or broke up without any part keeping its label.
 */
public enum CommunityChange {
    CONTINUED, GROWN, SHRUNK, MERGED, SPLIT, NEW, DISSOLVED
}

package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.TieKind;

/**
 * What lies behind each collaboration edge: its kinds, years and shared projects, keyed by the
 * member node pair (lower index first). Mirrors the sources of analytics' CollaborationGraph:
 * explicit ties, supply links and shared projects.
 */
final class EdgeFacts {

    static final int SUPPLIES = TieKind.values().length;
    static final int PROJECT = SUPPLIES + 1;

    /** Mutable while collecting; read-only afterwards. */
    static final class Facts {
        int kinds;
        final BitSet years = new BitSet();
        int projects;

        void addAll(Facts other) {
            kinds |= other.kinds;
            years.or(other.years);
            projects += other.projects;
        }
    }

    private final Map<Long, Facts> byPair = new HashMap<>();

    static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    void add(int a, int b, int kind, BitSet years, boolean project) {
        if (a < 0 || b < 0 || a == b) {
            return;
        }
        Facts facts = byPair.computeIfAbsent(pair(a, b), k -> new Facts());
        facts.kinds |= 1 << kind;
        facts.years.or(years);
        if (project) {
            facts.projects++;
        }
    }

    Facts of(int a, int b) {
        Facts facts = byPair.get(pair(a, b));
        return facts == null ? new Facts() : facts;
    }

    static List<String> kindNames(int kinds) {
        List<String> names = new ArrayList<>();
        for (TieKind kind : TieKind.values()) {
            if ((kinds & (1 << kind.ordinal())) != 0) {
                names.add(kind.name());
            }
        }
        if ((kinds & (1 << SUPPLIES)) != 0) {
            names.add("SUPPLIES");
        }
        if ((kinds & (1 << PROJECT)) != 0) {
            names.add("PROJECT");
        }
        return names;
    }
}

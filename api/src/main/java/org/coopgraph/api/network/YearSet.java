package org.coopgraph.api.network;

import java.util.BitSet;

/**
 * Sets of years within a region's span as bits (bit 0 = the span's first year), written compactly
 * as ranges: {2019, 2020, 2021, 2023} is "2019-2021,2023"; the empty set is "".
 */
final class YearSet {

    private final int first;
    private final int last;

    YearSet(int first, int last) {
        this.first = first;
        this.last = last;
    }

    static YearSet none() {
        return new YearSet(0, -1);
    }

    /** The years from..to (nulls meaning the span's ends), clipped to the span. */
    BitSet range(Integer from, Integer to) {
        int a = Math.max(from == null ? first : from, first);
        int b = Math.min(to == null ? last : to, last);
        BitSet bits = new BitSet();
        if (a <= b) {
            bits.set(a - first, b - first + 1);
        }
        return bits;
    }

    String format(BitSet bits) {
        var text = new StringBuilder();
        for (int start = bits.nextSetBit(0); start >= 0; start = bits.nextSetBit(start)) {
            int end = bits.nextClearBit(start) - 1;
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(first + start);
            if (end > start) {
                text.append('-').append(first + end);
            }
            start = end + 1;
        }
        return text.toString();
    }
}

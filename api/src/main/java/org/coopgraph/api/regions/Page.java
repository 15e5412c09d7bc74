package org.coopgraph.api.regions;

import java.util.List;

/** One page of a list answer; {@code totalItems} counts what matched the filters over all pages. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(items);
    }
}

package org.coopgraph.api.regions;

import java.util.List;

/** One page of a list answer; {@code totalItems} counts what matched the filters over all pages. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item turned into what the caller may see (only this page's items pay for it). */
    public <R> Page<R> map(java.util.function.Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), page, size, totalItems, totalPages);
    }
}

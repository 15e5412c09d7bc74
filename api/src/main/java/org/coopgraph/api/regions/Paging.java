package org.coopgraph.api.regions;

import java.util.List;

/** Which page of a list to answer: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** From the query parameters {@code page} and {@code size} (either may be absent); 400 naming a bad one. */
    public static Paging of(String page, String size) {
        return new Paging(QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** This page of {@code all} (already filtered and in order). */
    public <T> Page<T> of(List<T> all) {
        long from = Math.min((long) page * size, all.size());
        int to = (int) Math.min(from + size, all.size());
        int totalPages = (int) ((all.size() + (long) size - 1) / size);
        return new Page<>(List.copyOf(all.subList((int) from, to)), page, size, all.size(), totalPages);
    }
}

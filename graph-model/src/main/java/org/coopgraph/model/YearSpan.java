package org.coopgraph.model;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The first and last year a region's data mentions; a year outside it has no data to analyse. */
public record YearSpan(int first, int last) {

    public YearSpan {
        if (first > last) {
            throw new IllegalArgumentException("first year " + first + " is after last year " + last);
        }
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    static Optional<YearSpan> of(NetworkSnapshot snapshot) {
        Stream<Integer> years = Stream.of(
                snapshot.members().stream().flatMap(m -> Stream.of(m.joined(), m.left())),
                snapshot.projects().stream().flatMap(p -> Stream.concat(Stream.of(p.startYear(), p.endYear()),
                        p.participants().stream().flatMap(x -> Stream.of(x.fromYear(), x.toYear())))),
                snapshot.questions().stream().map(q -> q.askedOn().getYear()),
                snapshot.ties().stream().flatMap(t -> Stream.of(t.sinceYear(), t.untilYear()))
        ).flatMap(s -> s);
        var stats = years.filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).summaryStatistics();
        return stats.getCount() == 0 ? Optional.empty() : Optional.of(new YearSpan(stats.getMin(), stats.getMax()));
    }

    public IntStream years() {
        return IntStream.rangeClosed(first, last);
    }
}

package org.coopgraph.cypher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.TransactionContext;

/**
 * Sends rows to one write query in {@code UNWIND $rows} batches, either all inside one transaction
 * or (for a staged import) each batch in a transaction of its own.
 * Rows are produced lazily from a stream, so a 100k-member import never holds more than one batch
 * of parameter maps (building all 1.4M at once took ~276 MB, see shared/NEO4J-NOTES.md).
 */
final class BatchWriter {

    /** Runs one query with its parameters and returns its {@code written} count, or 0 if it has none. */
    @FunctionalInterface
    interface Sink {
        long run(String cypher, Map<String, Object> parameters);
    }

    private final Sink sink;
    private final CypherQueries queries;
    private final String regionId;
    private final Map<String, Object> parameters;
    private final int batchSize;

    /**
     * @param regionId   the region written, for error messages
     * @param parameters passed with every batch: {@code regionId} and {@code importId} (null unless staging)
     */
    BatchWriter(Sink sink, CypherQueries queries, String regionId, Map<String, Object> parameters, int batchSize) {
        this.sink = sink;
        this.queries = queries;
        this.regionId = regionId;
        this.parameters = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(parameters)); // values may be null
        this.batchSize = batchSize;
    }

    /** Runs each query in the given transaction. */
    static Sink in(TransactionContext tx) {
        return (cypher, parameters) -> {
            var result = tx.run(cypher, parameters);
            if (!result.keys().contains("written")) {
                result.consume();
                return 0;
            }
            return result.single().get("written").asLong();
        };
    }

    /** Writes nodes (or deletes) row by row; rows whose query matches nothing are not an error. */
    void write(String query, Stream<Map<String, Object>> rows) {
        each(rows, batch -> run(query, "rows", batch));
    }

    /** Runs a query taking {@code $ids} in batches. */
    void ids(String query, Collection<String> ids) {
        each(ids.stream().sorted(), batch -> run(query, "ids", batch));
    }

    /**
     * Creates relationships, one per row, and checks that every row found both of its ends: a
     * missing end would otherwise drop the row silently. Throwing aborts (rolls back) the whole write.
     */
    void relations(String query, Stream<Map<String, Object>> rows) {
        long[] sent = {0};
        long[] written = {0};
        each(rows, batch -> {
            sent[0] += batch.size();
            written[0] += run(query, "rows", batch);
        });
        if (written[0] != sent[0]) {
            throw new DanglingReferenceException(regionId, query, sent[0] - written[0], sent[0]);
        }
    }

    private <T> void each(Stream<T> rows, java.util.function.Consumer<List<T>> send) {
        Iterator<T> it = rows.iterator();
        var batch = new ArrayList<T>(batchSize);
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == batchSize) {
                send.accept(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            send.accept(batch);
        }
    }

    private long run(String query, String parameter, List<?> batch) {
        var all = new java.util.HashMap<>(parameters);
        all.put(parameter, batch);
        return sink.run(queries.get(query), all);
    }
}

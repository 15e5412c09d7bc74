package org.coopgraph.cypher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.coopgraph.cypher.InProcessNeo4j;
import org.coopgraph.cypher.Neo4jNetworkStore;
import org.coopgraph.cypher.Neo4jSnapshotSource;
import org.coopgraph.fixtures.Relationships;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Import and snapshot-load figures for synthetic 10k and 100k-member regions against the in-process
 * Neo4j over Bolt (database and client share this JVM's heap, as in the embedded default). Printed,
 * not asserted; run with
 * {@code ./mvnw -B -o -pl cypher test -Dtest=SyntheticRegionBenchTest -Dcoopgraph.bench=true -DargLine=-Xmx1g}.
 */
@EnabledIfSystemProperty(named = "coopgraph.bench", matches = "true")
class SyntheticRegionBenchTest {

    @Test
    void importAndLoadSyntheticRegions() throws Exception {
        try (var db = InProcessNeo4j.startMigrated(); var heap = new HeapPeak()) {
            var store = new Neo4jNetworkStore(db.driver());
            var source = new Neo4jSnapshotSource(db.driver());
            for (String sizeText : System.getProperty("coopgraph.bench.sizes", "10000,100000").split(",")) {
                int size = Integer.parseInt(sizeText.strip());
                RegionDocument doc = SyntheticRegion.generate(42, size);
                long rows = doc.size() + Relationships.count(doc);
                long relationships = Relationships.count(doc);
                int ties = doc.ties().size();
                String regionId = doc.region().id();
                System.gc();
                heap.reset();
                long t0 = System.nanoTime();
                ImportPlan plan = ImportPlan.between(NetworkSnapshot.empty(doc.region(), Taxonomy.EMPTY), doc);
                long t1 = System.nanoTime();
                store.apply(plan);
                long t2 = System.nanoTime();
                long importPeak = heap.peak();
                long importLive = heap.livePeak();
                // Loads run without the document and plan in memory, as in the service.
                plan = null;
                doc = null;
                System.gc();
                heap.reset();
                long t3 = System.nanoTime();
                int firstCount = source.load(regionId).orElseThrow().members().size();
                long t4 = System.nanoTime();
                NetworkSnapshot second = source.load(regionId).orElseThrow();
                long t5 = System.nanoTime();
                long loadPeak = heap.peak();
                System.gc();
                long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                boolean unchanged = ImportPlan.between(second, SyntheticRegion.generate(42, size)).isEmpty();
                System.out.printf("BENCH %,d members: %,d rows (%,d relationships, %,d ties); plan %.1f s;"
                                + " import %.1f s = %,.0f rows/s; load %.2f s then %.2f s; re-import plan empty: %s;"
                                + " heap: import peak %,d MB (old gen after GC at most %,d MB), load peak %,d MB,"
                                + " after GC with the snapshot held %,d MB%n",
                        size, rows, relationships, ties, sec(t1 - t0), sec(t2 - t1), rows / sec(t2 - t1),
                        sec(t4 - t3), sec(t5 - t4), unchanged, importPeak >> 20, importLive >> 20, loadPeak >> 20,
                        retained >> 20);
                assertThat(firstCount).isEqualTo(size);
                assertThat(unchanged).isTrue();
            }
        }
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    /** Samples used heap every 20 ms; the JMX pool peaks would add up peaks of different moments. */
    private static final class HeapPeak implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();
        private final Thread sampler;

        HeapPeak() {
            var memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    live.accumulateAndGet(oldAfterGc(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        void reset() {
            peak.set(0);
            live.set(0);
        }

        /** The most old-generation heap found right after a collection, i.e. roughly what was really held. */
        long livePeak() {
            return live.get();
        }

        private static long oldAfterGc() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getName().contains("Old") && p.getCollectionUsage() != null)
                    .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}

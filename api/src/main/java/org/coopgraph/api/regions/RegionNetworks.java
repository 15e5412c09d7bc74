package org.coopgraph.api.regions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.model.DocumentCheck;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.ImportPlan;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Violation;
import org.coopgraph.model.port.NetworkStore;
import org.coopgraph.model.port.SnapshotSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one way features read and write a region. Reads come from a snapshot cached per (region, year)
 * and checked against the region's data version on every call, so no read sees stale data and no
 * snapshot is rebuilt while nothing changed. Writes are validated in full before anything is written.
 */
@Service
public final class RegionNetworks {

    private final NetworkStore store;
    private final SnapshotSource source;
    private final RememberedPerRegion versions;
    private final Map<String, NetworkSnapshot> cache = new ConcurrentHashMap<>();
    // Serialises writes per JVM so a plan is never computed against data another write is changing.
    private final ReentrantLock writeLock = new ReentrantLock();

    public RegionNetworks(NetworkStore store, SnapshotSource source,
                          @Value("${coopgraph.cache.data-version-ttl:1s}") Duration versionTtl) {
        this.store = store;
        this.source = source;
        this.versions = new RememberedPerRegion(store::dataVersion, versionTtl, System::nanoTime);
    }

    public List<Region> regions() {
        return store.regions();
    }

    /** The region's latest network; 404 if there is no such region. */
    public NetworkSnapshot current(String regionId) {
        long version = versions.of(regionId).orElseThrow(() -> new NotFoundException("region", regionId));
        return cache.compute(regionId + "|latest", (key, cached) -> cached != null && cached.dataVersion() == version
                ? cached
                : source.load(regionId).orElseThrow(() -> new NotFoundException("region", regionId)));
    }

    /**
     * The region as it stood in {@code year}, or the latest data when {@code year} is null. A year
     * outside the years the region's data mentions is a 400 naming the parameter {@code year}.
     */
    public NetworkSnapshot at(String regionId, Integer year) {
        NetworkSnapshot latest = current(regionId);
        if (year == null) {
            return latest;
        }
        var span = latest.yearSpan();
        if (span.isEmpty() || !span.get().contains(year)) {
            throw InvalidInputException.of("year", span.map(s -> "must be from " + s.first() + " to " + s.last())
                    .orElse("cannot be used: the region has no dated data") + " (was " + year + ")");
        }
        return cache.compute(regionId + "|" + year, (key, cached) -> cached != null
                && cached.dataVersion() == latest.dataVersion() ? cached : latest.asOf(year));
    }

    /**
     * Imports (upserts) a document into the region, creating the region if needed. Either everything
     * is written or, with any violation anywhere, nothing, and the answer lists every violation.
     */
    public ImportResult importDocument(String regionId, RegionDocument doc) {
        return importDocument(regionId, doc, existing -> { });
    }

    /**
     * As {@link #importDocument(String, RegionDocument)}, after {@code precondition} accepted the region as
     * it stands under the write lock (it throws to refuse), so a check such as "this id is still free"
     * cannot be overtaken by a concurrent write.
     */
    public ImportResult importDocument(String regionId, RegionDocument doc, Consumer<NetworkSnapshot> precondition) {
        if (doc.region() != null && !doc.region().id().equals(regionId)) {
            throw InvalidInputException.of("/region/id", "must match the region in the address ('" + regionId + "')");
        }
        lockForWrite();
        try {
            NetworkSnapshot existing = versions.of(regionId).isPresent()
                    ? current(regionId)
                    : NetworkSnapshot.empty(doc.region() != null ? doc.region() : defaultRegion(regionId), source.taxonomy());
            precondition.accept(existing);
            List<Violation> violations = DocumentCheck.violations(doc, existing);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            ImportPlan plan = ImportPlan.between(existing, doc);
            long version = plan.isEmpty() ? existing.dataVersion() : store.apply(plan);
            return new ImportResult(regionId, version, !plan.isEmpty(), plan.summary());
        } finally {
            versions.forget();
            writeLock.unlock();
        }
    }

    /**
     * Every violation {@link #importDocument} would report for {@code doc}, without writing: lets a reader
     * that already found broken entries also report the broken references and duplicates of the rest.
     */
    public List<Violation> check(String regionId, RegionDocument doc) {
        var violations = new java.util.ArrayList<Violation>();
        if (doc.region() != null && !doc.region().id().equals(regionId)) {
            violations.add(new Violation("/region/id", "must match the region in the address ('" + regionId + "')"));
        }
        NetworkSnapshot existing = versions.of(regionId).isPresent()
                ? current(regionId)
                : NetworkSnapshot.empty(doc.region() != null ? doc.region() : defaultRegion(regionId), source.taxonomy());
        violations.addAll(DocumentCheck.violations(doc, existing));
        return List.copyOf(violations);
    }

    /** The sectors, skills and themes shared by all regions, as stored now. */
    public Taxonomy taxonomy() {
        return source.taxonomy();
    }

    /** Runs {@code writes} (e.g. an import and what belongs to it) with no other write to any region in between. */
    public <T> T exclusively(java.util.function.Supplier<T> writes) {
        lockForWrite();
        try {
            return writes.get();
        } finally {
            versions.forget();
            writeLock.unlock();
        }
    }

    /** Deletes one entity; 404 if the region or the entity does not exist. */
    public void delete(String regionId, EntityKind kind, String id) {
        lockForWrite();
        try {
            current(regionId);
            if (!store.delete(regionId, kind, id)) {
                throw new NotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), id);
            }
        } finally {
            versions.forget();
            writeLock.unlock();
        }
    }

    /** Takes the write lock; a write plans against the version in the database, never a remembered one. */
    private void lockForWrite() {
        writeLock.lock();
        versions.forget();
    }

    private static Region defaultRegion(String regionId) {
        try {
            return new Region(regionId, regionId, null);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("regionId", e.getMessage());
        }
    }
}

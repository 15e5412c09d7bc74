package org.coopgraph.api.demo;

import java.io.IOException;
import java.io.InputStream;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.imports.ReadOutcome;
import org.coopgraph.api.imports.RegionDocumentReader;
import org.coopgraph.api.regions.ImportResult;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.fixtures.SampleRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo} (or {@code coopgraph.demo=true}) imports the sample region on start-up unless a
 * region with its id is already there, so a first run has something to show and later runs keep
 * whatever was changed since. Reads the fixture with the same reader as the import endpoint.
 */
@Component
@Profile("!cli")
public final class DemoLoader implements ApplicationRunner {

    public static final String REGION_ID = SampleRegion.ID;
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final RegionNetworks regions;
    private final RegionDocumentReader reader;
    private final boolean demoProperty;

    public DemoLoader(RegionNetworks regions, RegionDocumentReader reader,
                      @Value("${coopgraph.demo:false}") boolean demoProperty) {
        this.regions = regions;
        this.reader = reader;
        this.demoProperty = demoProperty;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (demoProperty || args.containsOption("demo")) {
            loadSampleRegion();
        }
    }

    /** Imports the sample region if absent; returns whether it imported. */
    public boolean loadSampleRegion() throws IOException {
        if (regions.regions().stream().anyMatch(r -> r.id().equals(REGION_ID))) {
            log.info("Demo: region '{}' is already there, leaving it as it is", REGION_ID);
            return false;
        }
        long started = System.nanoTime();
        ReadOutcome read;
        try (InputStream in = SampleRegion.openJson()) {
            read = reader.read(in.readAllBytes());
        }
        if (!read.ok()) {
            throw new InvalidInputException(read.violations()); // a broken fixture is a bug: fail loudly
        }
        ImportResult result = regions.importDocument(REGION_ID, read.document());
        log.info("Demo: imported the sample region '{}' ({} entries, data version {}) in {} ms", REGION_ID,
                read.document().size(), result.dataVersion(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}

package org.coopgraph.api.regions;

import org.coopgraph.model.ImportSummary;

/** The answer to an import: the region's data version afterwards and what was created, updated, unchanged. */
public record ImportResult(String regionId, long dataVersion, boolean changed, ImportSummary summary) {
}

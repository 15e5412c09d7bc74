package org.coopgraph.analytics.report;

import java.util.Objects;

/**
 * What a report is about and what it was made from. {@code previousYear} is null when {@code year} is
 * the first year of the region's data ({@code firstYear}..{@code lastYear}); then every section's
 * {@code previous} is null too. No wall-clock time: the same data version and year give the same
 * report. {@code contentHash} is the lowercase hex SHA-256 of the report's canonical JSON written with
 * contentHash null ({@link ReportJson}); null only inside that computation.
 */
public record ReportMeta(String regionId, String regionName, int year, Integer previousYear, int firstYear,
                         int lastYear, String language, long dataVersion, ReportView view, String generator,
                         String contentHash) {

    public ReportMeta {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(generator, "generator");
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException("year " + year + " is outside " + firstYear + ".." + lastYear);
        }
        if (previousYear != null && previousYear != year - 1) {
            throw new IllegalArgumentException("previousYear must be year - 1: " + previousYear);
        }
    }

    public ReportMeta withContentHash(String hash) {
        return new ReportMeta(regionId, regionName, year, previousYear, firstYear, lastYear, language, dataVersion,
                view, generator, hash);
    }
}

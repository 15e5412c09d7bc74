package org.coopgraph.api.reports.render;

import java.util.List;
import org.coopgraph.analytics.report.Count;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.ReportMeta;

/** What every chapter writer needs: the report, its words and its number style. */
record RenderContext(RegionReport report, Messages msg, Numbers num) {

    static RenderContext of(RegionReport report) {
        String language = report.meta().language();
        return new RenderContext(report, Messages.of(language), new Numbers(language));
    }

    ReportMeta meta() {
        return report.meta();
    }

    boolean hasPrevious() {
        return report.meta().previousYear() != null;
    }

    String year() {
        return Integer.toString(report.meta().year());
    }

    String previousYear() {
        return hasPrevious() ? Integer.toString(report.meta().previousYear()) : null;
    }

    /** A helix in the report's language ("INDUSTRY" → "Ondernemers"); {@code fallback} for a key it does not know. */
    String helix(String key, String fallback) {
        return msg.getOr("helix." + key, fallback);
    }

    /** Helix counts with the labels in the report's language; null stays null (no previous year). */
    List<Count> helices(List<Count> counts) {
        return counts == null ? null : counts.stream().map(c -> new Count(c.key(), helix(c.key(), c.label()), c.count())).toList();
    }

    /** A chart or section id unique in the page, from fixed parts only. */
    String id(String... parts) {
        return Svg.safeId(String.join("-", parts));
    }
}

package org.coopgraph.analytics.report;

/** Told after each section of a report is built, e.g. to draw a progress bar; {@code done} of {@code total}. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (section, done, total) -> { };

    void sectionDone(String section, int done, int total);
}

package org.coopgraph.api.reports;

import java.io.PrintStream;
import org.coopgraph.analytics.report.ReportProgress;

/** A one-line text progress bar, redrawn in place with a carriage return: {@code [#####.....] 6/12 robustness}. */
final class ProgressBar implements ReportProgress {

    private static final int WIDTH = 24;

    private final PrintStream err;
    private boolean drawn;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void sectionDone(String section, int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + String.format("%-16s", section));
        err.flush();
        drawn = true;
    }

    /** Ends the line (nothing when the report came from the cache and no section was built). */
    void finish() {
        if (drawn) {
            err.println();
        }
    }
}

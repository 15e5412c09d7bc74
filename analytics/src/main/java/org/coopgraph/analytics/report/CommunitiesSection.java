package org.coopgraph.analytics.report;

import java.util.List;

/**
 * Leiden communities in the report year beside the previous year. Labels ("C1", "C2", ...) stay with a
 * community from year to year: a community keeps the label of the earlier community it shares the most
 * members with (see the methods appendix); {@code series} counts communities over every year.
 */
public record CommunitiesSection(CommunitiesYear year, CommunitiesYear previous, List<CommunitiesPoint> series) {

    public CommunitiesSection {
        series = List.copyOf(series);
    }

    /**
     * The year's communities of at least 3 members, largest first; {@code dissolved} labels of the
     * previous year's communities that no community of this year carries on (dissolved, merged into
     * another or split up), by label.
     */
    public record CommunitiesYear(int year, double modularity, List<CommunityInfo> communities, List<String> dissolved) {
        public CommunitiesYear {
            communities = List.copyOf(communities);
            dissolved = List.copyOf(dissolved);
        }
    }

    /**
     * One community: {@code previousSize} is the size of the same-label community the year before
     * (null when it is new); {@code stayed} members were in it the year before too, {@code joined}
     * were not, {@code left} were in it then and are not now. Sectors (SBI divisions, at most 5) and
     * helices most common first. {@code change}: NEW, CONTINUED, GROWN, SHRUNK, MERGED or SPLIT
     * (after Palla, Barabasi and Vicsek 2007; see the methods appendix).
     */
    public record CommunityInfo(String label, int size, Integer previousSize, int stayed, int joined, int left,
                                List<Count> sectors, List<Count> helices, String change) {
        public CommunityInfo {
            sectors = List.copyOf(sectors);
            helices = List.copyOf(helices);
        }
    }

    /** One year of the series. */
    public record CommunitiesPoint(int year, int communities, double modularity) {
    }
}

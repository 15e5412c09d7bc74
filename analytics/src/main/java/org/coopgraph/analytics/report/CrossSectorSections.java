package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coopgraph.analytics.crosssector.ArticulationPoint;
import org.coopgraph.analytics.crosssector.CrossSectorResult;
import org.coopgraph.analytics.crosssector.GroupEi;
import org.coopgraph.analytics.crosssector.MemberScore;
import org.coopgraph.analytics.crosssector.MixingMatrix;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.analytics.report.BrokersSection.Broker;
import org.coopgraph.analytics.report.BrokersSection.BrokersYear;
import org.coopgraph.analytics.report.BrokersSection.CutPoint;
import org.coopgraph.analytics.report.CrossSectorSection.CrossSectorYear;
import org.coopgraph.analytics.report.CrossSectorSection.PairCount;
import org.coopgraph.model.Helix;

/**
 * The cross-sector and broker parts of a year, read off one {@link CrossSectorResult} (division
 * level): nothing is recomputed here, only selected, named and capped.
 */
final class CrossSectorSections {

    /** Sectors smaller than this are too small to call their missing link a gap. */
    static final int MIN_SECTOR_MEMBERS = 2;
    static final int LISTED = 10;
    static final int LISTED_PAIRS = 20;

    private final MemberNames names;

    CrossSectorSections(MemberNames names) {
        this.names = names;
    }

    CrossSectorYear crossSector(CrossSectorResult result, int year) {
        long cross = result.crossSectorTies().size();
        Double share = result.tieCount() == 0 ? null : (double) cross / result.tieCount();
        return new CrossSectorYear(year, result.memberCount(), result.tieCount(), cross, share,
                result.sectorEi().region(), result.helixEi().region(), helixPairs(result.helixMixing()),
                unlinkedSectorPairs(result), MIN_SECTOR_MEMBERS);
    }

    BrokersYear brokers(CrossSectorResult result, int year) {
        List<Broker> brokers = result.topBrokers().stream().limit(LISTED).map(this::broker).toList();
        List<CutPoint> cuts = result.connectivity().articulationPoints().stream().limit(LISTED).map(this::cutPoint).toList();
        var connectivity = result.connectivity();
        return new BrokersYear(year, brokers, result.betweennessExact(), cuts, connectivity.articulationPoints().size(),
                connectivity.bridges().size(), connectivity.components(), connectivity.largestComponent(),
                connectivity.isolatedMembers());
    }

    private Broker broker(MemberScore score) {
        var roles = score.brokerage();
        return new Broker(names.ref(score.memberId()), score.betweenness(), score.normalizedBetweenness(),
                score.constraint(), roles.coordinator(), roles.gatekeeper(), roles.itinerant(), roles.liaison());
    }

    private CutPoint cutPoint(ArticulationPoint point) {
        return new CutPoint(names.ref(point.memberId()), point.cutOffCount(), names.refs(point.cutOffMembers(), LISTED));
    }

    private static List<PairCount> helixPairs(MixingMatrix mixing) {
        List<PairCount> pairs = new ArrayList<>();
        for (Helix a : Helix.values()) {
            for (Helix b : Helix.values()) {
                if (a.ordinal() <= b.ordinal()) {
                    pairs.add(new PairCount(a.name(), a.name(), b.name(), b.name(), mixing.ties(a.name(), b.name())));
                }
            }
        }
        return pairs;
    }

    /**
     * Division pairs without a tie whose divisions both have {@link #MIN_SECTOR_MEMBERS} members or
     * more, the pairs with the most members on both sides (product) first, then by codes; at most
     * {@link #LISTED_PAIRS}. Members without a sector are not a sector.
     */
    private List<PairCount> unlinkedSectorPairs(CrossSectorResult result) {
        List<GroupEi> sectors = result.sectorEi().groups().stream()
                .filter(g -> g.members() >= MIN_SECTOR_MEMBERS && !SectorLevel.UNKNOWN_SECTOR.equals(g.group())).toList();
        List<PairCount> pairs = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            for (int j = i + 1; j < sectors.size(); j++) {
                String a = sectors.get(i).group();
                String b = sectors.get(j).group();
                if (result.sectorMixing().ties(a, b) == 0) {
                    pairs.add(new PairCount(a, names.sectorLabel(a), b, names.sectorLabel(b), 0));
                    weights.add((long) sectors.get(i).members() * sectors.get(j).members());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> -weights.get(i))
                .thenComparing(i -> pairs.get(i).a()).thenComparing(i -> pairs.get(i).b()));
        return order.stream().limit(LISTED_PAIRS).map(pairs::get).toList();
    }
}

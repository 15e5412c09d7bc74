package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopgraph.analytics.agenda.QuestionOutcomes;
import org.coopgraph.analytics.agenda.QuestionStates;
import org.coopgraph.analytics.competences.CompetenceAnalysis;
import org.coopgraph.analytics.crosssector.CrossSectorAnalysis;
import org.coopgraph.analytics.crosssector.CrossSectorOptions;
import org.coopgraph.analytics.crosssector.CrossSectorResult;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.analytics.resilience.CommunityTracking;
import org.coopgraph.analytics.resilience.CommunityTrackingOptions;
import org.coopgraph.analytics.resilience.IndicatorSeries;
import org.coopgraph.analytics.resilience.MembershipChanges;
import org.coopgraph.analytics.resilience.MembershipYear;
import org.coopgraph.analytics.resilience.RobustnessOptions;
import org.coopgraph.analytics.resilience.SectorVariety;
import org.coopgraph.analytics.resilience.YearHistory;
import org.coopgraph.analytics.valuechains.ChainWeights;
import org.coopgraph.analytics.valuechains.ValueChainAnalysis;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.YearSpan;

/**
 * Builds the annual report of one region for one year from existing analyses: cross-sector (E-I,
 * brokers, cut points, communities), competences, value chains, question outcomes, the resilience
 * indicators (membership change, E-I series, robustness, sector variety), suggestion feedback; then
 * recommendations by {@link Recommendations}' rules, the methods appendix and the content hash. Pure
 * and deterministic: the same inputs and request give an equal report, whatever the thread count.
 * Series run from the region's first year to the report year; betweenness-based pieces (brokers, the
 * betweenness attack) only for the report year and the one before, where they are shown.
 */
public final class ReportBuilder {

    public static final String GENERATOR = "coopgraph-report/1";
    public static final int SECTIONS = 12;

    private final CrossSectorOptions crossSector;
    private final RobustnessOptions robustness;

    public ReportBuilder() {
        this(defaultCrossSectorOptions(), RobustnessOptions.defaults());
    }

    public ReportBuilder(CrossSectorOptions crossSector, RobustnessOptions robustness) {
        this.crossSector = Objects.requireNonNull(crossSector, "crossSector");
        this.robustness = Objects.requireNonNull(robustness, "robustness");
    }

    /** Top 10 brokers; betweenness exact up to 2,000 members, from 1,000 seeded pivots beyond (seconds saved at 10k). */
    public static CrossSectorOptions defaultCrossSectorOptions() {
        return CrossSectorOptions.defaults().withTopBrokers(CrossSectorSections.LISTED).withExactBetweennessLimit(2_000);
    }

    /** The years a report can be asked for: the span of the region's dated facts, empty when it has none. */
    public static java.util.Optional<YearSpan> years(NetworkSnapshot snapshot) {
        return snapshot.yearSpan();
    }

    public RegionReport build(ReportInputs inputs, ReportRequest request) {
        return build(inputs, request, ReportProgress.NONE);
    }

    /** @throws IllegalArgumentException when the year lies outside {@link #years} */
    public RegionReport build(ReportInputs inputs, ReportRequest request, ReportProgress progress) {
        NetworkSnapshot all = inputs.snapshot();
        YearSpan span = years(all).orElseThrow(() -> new IllegalArgumentException("the region has no dated data"));
        int year = request.year();
        if (!span.contains(year)) {
            throw new IllegalArgumentException("year " + year + " is outside " + span.first() + ".." + span.last());
        }
        Integer prev = year > span.first() ? year - 1 : null;
        var steps = new Steps(progress);
        YearHistory history = YearHistory.of(all, span.first(), year);
        steps.done("history");
        var names = new MemberNames(all, request.view(), request.language());

        var membersPart = new MembersSections(names);
        List<MembershipYear> membership = MembershipChanges.of(all, span.first(), year, SectorLevel.SECTION);
        MembershipYear last = membership.get(membership.size() - 1);
        var members = new MembersSection(membersPart.year(last),
                prev == null ? null : membersPart.year(membership.get(membership.size() - 2)),
                membership.stream().map(MembersSections::point).toList());
        steps.done("members");

        CrossSectorResult cs = CrossSectorAnalysis.analyse(history.snapshot(year), SectorLevel.DIVISION, crossSector);
        CrossSectorResult csPrev = prev == null ? null
                : CrossSectorAnalysis.analyse(history.snapshot(prev), SectorLevel.DIVISION, crossSector);
        var csPart = new CrossSectorSections(names);
        var crossSectorSection = new CrossSectorSection(csPart.crossSector(cs, year),
                prev == null ? null : csPart.crossSector(csPrev, prev),
                IndicatorSeries.of(history, SectorLevel.DIVISION).stream().map(y -> new CrossSectorSection.CrossSectorPoint(
                        y.year(), y.ties(), y.crossSectorTieShare(), y.sectorEi(), y.helixEi())).toList());
        steps.done("crossSector");
        var brokers = new BrokersSection(csPart.brokers(cs, year), prev == null ? null : csPart.brokers(csPrev, prev));
        steps.done("brokers");
        var communities = new CommunitySections(names).section(
                CommunityTracking.track(history, CommunityTrackingOptions.defaults()), year, prev);
        steps.done("communities");

        var resilience = new ResilienceSections(robustness, names);
        var robustnessSection = resilience.robustness(history, year, prev, cs, csPrev);
        steps.done("robustness");
        var diversity = resilience.diversity(history, year, prev);
        steps.done("diversity");

        var competencePart = new CompetenceSections(names);
        var competences = new CompetencesSection(
                competencePart.year(CompetenceAnalysis.analyse(CompetenceSnapshot.of(all, history.snapshot(year))), year),
                prev == null ? null
                        : competencePart.year(CompetenceAnalysis.analyse(CompetenceSnapshot.of(all, history.snapshot(prev))), prev));
        steps.done("competences");
        var chains = new ValueChainsSection(chainYear(history, year),
                prev == null ? null : chainYear(history, prev));
        steps.done("valueChains");
        QuestionStates states = QuestionStates.of(inputs.questionChanges());
        List<QuestionOutcomes> outcomes = history.years().stream()
                .map(y -> QuestionOutcomes.of(history.snapshot(y), states)).toList();
        var questions = new QuestionsSection(outcomes.get(outcomes.size() - 1),
                prev == null ? null : outcomes.get(outcomes.size() - 2), outcomes);
        steps.done("questions");
        var suggestions = SuggestionSections.of(inputs.decisions(), history.snapshot(year),
                prev == null ? null : history.snapshot(prev));
        steps.done("suggestions");

        var meta = new ReportMeta(all.region().id(), all.region().name(), year, prev, span.first(), span.last(),
                request.language().code(), all.dataVersion(), request.view(), GENERATOR, null);
        var report = new RegionReport(meta, members, crossSectorSection, communities, brokers, robustnessSection,
                diversity, competences, chains, questions, suggestions, List.of(), MethodsAppendix.notes(request.language()));
        report = new RegionReport(meta, members, crossSectorSection, communities, brokers, robustnessSection,
                diversity, competences, chains, questions, suggestions,
                Recommendations.of(report, divisionMembers(cs), request.language()), report.methods());
        RegionReport hashed = ReportJson.withHash(report);
        steps.done("recommendations");
        return hashed;
    }

    private static ValueChainsSection.ValueChainsYear chainYear(YearHistory history, int year) {
        return ChainSections.year(ValueChainAnalysis.summary(history.snapshot(year), ChainWeights.DEFAULT_K),
                history.snapshot(year), year);
    }

    private static Map<String, Integer> divisionMembers(CrossSectorResult cs) {
        Map<String, Integer> counts = new TreeMap<>();
        cs.sectorEi().groups().forEach(g -> counts.put(g.group(), g.members()));
        return counts;
    }

    /** Counts finished sections for the progress listener. */
    private static final class Steps {
        private final ReportProgress progress;
        private int done;

        Steps(ReportProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
        }

        void done(String section) {
            progress.sectionDone(section, ++done, SECTIONS);
        }
    }
}

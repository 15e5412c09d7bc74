package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Objects;

/**
 * The annual resilience report of one region: every section holds the report year beside the
 * previous year (null when the report year is the region's first), some with a series over every year
 * of the data. Built by {@code ReportBuilder}; written as canonical JSON by {@link ReportJson}. Every
 * member reference is a {@link MemberRef} already resolved for {@code meta.view()}, so renderers need
 * no consent logic of their own.
 */
public record RegionReport(ReportMeta meta, MembersSection members, CrossSectorSection crossSector,
                           CommunitiesSection communities, BrokersSection brokers, RobustnessSection robustness,
                           DiversitySection diversity, CompetencesSection competences,
                           ValueChainsSection valueChains, QuestionsSection questions,
                           SuggestionsSection suggestions, List<Recommendation> recommendations,
                           List<MethodNote> methods) {

    public RegionReport {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(crossSector, "crossSector");
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(brokers, "brokers");
        Objects.requireNonNull(robustness, "robustness");
        Objects.requireNonNull(diversity, "diversity");
        Objects.requireNonNull(competences, "competences");
        Objects.requireNonNull(valueChains, "valueChains");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(suggestions, "suggestions");
        recommendations = List.copyOf(recommendations);
        methods = List.copyOf(methods);
    }

    public RegionReport withMeta(ReportMeta newMeta) {
        return new RegionReport(newMeta, members, crossSector, communities, brokers, robustness, diversity,
                competences, valueChains, questions, suggestions, recommendations, methods);
    }
}

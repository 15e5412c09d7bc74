package org.coopgraph.api.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.analytics.report.ReportBuilder;
import org.coopgraph.analytics.report.ReportInputs;
import org.coopgraph.analytics.report.ReportJson;
import org.coopgraph.analytics.report.ReportLanguage;
import org.coopgraph.analytics.report.ReportProgress;
import org.coopgraph.analytics.report.ReportRequest;
import org.coopgraph.analytics.report.ReportView;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.port.FeedbackStore;
import org.coopgraph.model.port.FeedbackStore.Feedback;
import org.coopgraph.model.port.QuestionHistory;
import org.springframework.stereotype.Service;

/**
 * The annual report of a region ({@link ReportBuilder}) for every output: the JSON endpoint, the
 * HTML and PDF renderers and the {@code report} command. Validates the request (404 unknown region,
 * 400 naming {@code year} or {@code lang}), then builds once per (region, data version, year, language,
 * view, suggestion decisions) in the {@link DerivedCache}. Decisions on suggestions do not bump the data
 * version, so their fingerprint is part of the key.
 */
@Service
public final class ReportService {

    static final String ANALYSIS = "report";

    private final RegionNetworks networks;
    private final QuestionHistory questions;
    private final FeedbackStore feedback;
    private final DerivedCache cache;
    private final ReportBuilder builder = new ReportBuilder();

    public ReportService(RegionNetworks networks, QuestionHistory questions, FeedbackStore feedback, DerivedCache cache) {
        this.networks = networks;
        this.questions = questions;
        this.feedback = feedback;
        this.cache = cache;
    }

    /** A built report with what a response needs: its snapshot and cache parameters (for ETags of other formats). */
    public record Report(RegionReport model, NetworkSnapshot snapshot, String parameters) {

        /** A strong ETag for this report rendered as {@code format} ("json", "html", "pdf"). */
        public String etag(String format) {
            return DerivedCache.etag(snapshot, ANALYSIS + "/" + format, parameters);
        }
    }

    /** The view a caller of the current request gets: FULL for those who see everyone, else PUBLIC. */
    public static ReportView viewOf(Access access) {
        return access.seesEveryone() ? ReportView.FULL : ReportView.PUBLIC;
    }

    /** Parses {@code lang}: absent or blank is Dutch; anything but nl or en is a 400 naming {@code lang}. */
    public static ReportLanguage language(String lang) {
        if (lang == null || lang.isBlank()) {
            return ReportLanguage.NL;
        }
        return ReportLanguage.parse(lang).orElseThrow(() -> InvalidInputException.of("lang",
                "must be 'nl' or 'en' (was \"" + lang + "\")"));
    }

    /** The report; {@code year} as given in the address (checked here). */
    public Report report(String regionId, String year, ReportLanguage language, ReportView view) {
        return report(regionId, year, language, view, ReportProgress.NONE);
    }

    public Report report(String regionId, String year, ReportLanguage language, ReportView view, ReportProgress progress) {
        Integer parsed = QueryParams.year("year", year);
        if (parsed == null) {
            throw InvalidInputException.of("year", "is required (was \"" + year + "\")");
        }
        NetworkSnapshot snapshot = networks.current(regionId);
        checkSpan(snapshot, parsed);
        List<Feedback> decisions = feedback.decisions(regionId).stream()
                .sorted(java.util.Comparator.comparing(Feedback::pairKey)).toList();
        String parameters = "year=" + parsed + "|lang=" + language.code() + "|view=" + view
                + "|feedback=" + fingerprint(decisions);
        RegionReport model = cache.get(snapshot, ANALYSIS, parameters, () -> builder.build(
                new ReportInputs(snapshot, questions.changes(regionId), decisions),
                new ReportRequest(parsed, language, view), progress));
        return new Report(model, snapshot, parameters);
    }

    /** The report's canonical JSON bytes, cached beside the report. */
    public byte[] json(Report report) {
        return cache.get(report.snapshot(), ANALYSIS + "/json", report.parameters(),
                () -> ReportJson.write(report.model()).getBytes(StandardCharsets.UTF_8));
    }

    private static void checkSpan(NetworkSnapshot snapshot, int year) {
        var span = ReportBuilder.years(snapshot);
        if (span.isEmpty() || !span.get().contains(year)) {
            throw InvalidInputException.of("year", span.map(s -> "must be from " + s.first() + " to " + s.last())
                    .orElse("cannot be used: the region has no dated data") + " (was " + year + ")");
        }
    }

    private static String fingerprint(List<Feedback> decisions) {
        StringBuilder text = new StringBuilder();
        decisions.forEach(f -> text.append(f.pairKey()).append('=').append(f.decision()).append(';'));
        return decisions.size() + ":" + Integer.toHexString(text.toString().hashCode());
    }
}

package org.coopgraph.api.themes;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.analytics.agenda.ThemeCoverage;
import org.coopgraph.analytics.agenda.ThemeCoverage.Candidate;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixCoverage;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixNeed;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixStatus;
import org.coopgraph.analytics.agenda.ThemeCoverage.NeededSkill;
import org.coopgraph.analytics.agenda.ThemeCoverage.Recruit;
import org.coopgraph.analytics.agenda.ThemeCoverage.Supply;
import org.coopgraph.analytics.agenda.ThemeCoverage.ThemeProject;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.QuestionStatus;

/**
 * The answer of {@code GET .../themes/{id}/coverage} with labels and the consent rule: member lists
 * keep the members shown and count the others ({@code hidden...}); a question's asker who may not be
 * shown is left out ({@code askerHidden}). Sums, counts and statuses include everyone.
 */
record CoverageView(String regionId, String themeId, String themeName, Integer year, long dataVersion, String language,
                    List<HelixLine> helices, boolean tripleHelixComplete, boolean quadrupleHelixComplete,
                    List<ProjectLine> projects, List<QuestionLine> openQuestions, List<SkillLine> skills,
                    List<NeedLine> whoWeNeed, List<String> skillsToRecruit) {

    record HelixLine(Helix helix, String label, HelixStatus status, String statusLabel, List<String> stakeholders,
                     int hiddenStakeholders, int supporters, int opponents, int interest, int influence,
                     int maxInfluence, List<String> involvedWithoutStake, int hiddenInvolvedWithoutStake) {
    }

    record ProjectLine(String projectId, String name, String status, boolean open, List<String> participants,
                       int hiddenParticipants, List<String> requires) {
    }

    record QuestionLine(String questionId, String memberId, boolean askerHidden, LocalDate askedOn,
                        QuestionStatus status, String statusLabel, List<String> needs) {
    }

    record SkillLine(String skillId, String name, List<String> projects, List<String> questions, int suppliers,
                     int relatedSuppliers, Supply supply, String supplyLabel) {
    }

    record NeedLine(Helix helix, String label, HelixStatus status, String statusLabel, List<Candidate> candidates,
                    int candidateCount, int hiddenCandidates, Recruit recruit) {
    }

    static CoverageView of(NetworkSnapshot snapshot, ThemeCoverage c, Visibility v, Language lang) {
        Integer year = snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : null;
        return new CoverageView(snapshot.region().id(), c.themeId(), snapshot.theme(c.themeId()).map(t -> t.name()).orElse(null),
                year, snapshot.dataVersion(), lang.tag(), c.helices().stream().map(h -> helix(h, v, lang)).toList(),
                c.tripleHelixComplete(), c.quadrupleHelixComplete(), c.projects().stream().map(p -> project(p, v)).toList(),
                c.openQuestions().stream().map(q -> new QuestionLine(q.questionId(), v.shows(q.memberId()) ? q.memberId() : null,
                        !v.shows(q.memberId()), q.askedOn(), q.status(), Labels.of(q.status(), lang), q.needs())).toList(),
                c.skills().stream().map(s -> skill(s, lang)).toList(), c.whoWeNeed().stream().map(n -> need(n, v, lang)).toList(),
                c.skillsToRecruit());
    }

    private static HelixLine helix(HelixCoverage h, Visibility v, Language lang) {
        return new HelixLine(h.helix(), Labels.of(h.helix(), lang), h.status(), Labels.of(h.status(), lang),
                v.shown(h.stakeholders()), v.hidden(h.stakeholders()), h.supporters(), h.opponents(), h.interest(),
                h.influence(), h.maxInfluence(), v.shown(h.involvedWithoutStake()), v.hidden(h.involvedWithoutStake()));
    }

    private static ProjectLine project(ThemeProject p, Visibility v) {
        return new ProjectLine(p.projectId(), p.name(), p.status().name(), p.open(), v.shown(p.participants()),
                v.hidden(p.participants()), p.requires());
    }

    private static SkillLine skill(NeededSkill s, Language lang) {
        return new SkillLine(s.skillId(), s.name(), s.projects(), s.questions(), s.suppliers(), s.relatedSuppliers(),
                s.supply(), Labels.of(s.supply(), lang));
    }

    private static NeedLine need(HelixNeed n, Visibility v, Language lang) {
        List<Candidate> shown = n.candidates().stream().filter(c -> v.shows(c.memberId())).toList();
        return new NeedLine(n.helix(), Labels.of(n.helix(), lang), n.status(), Labels.of(n.status(), lang), shown,
                n.candidateCount(), n.candidates().size() - shown.size(), n.recruit());
    }
}

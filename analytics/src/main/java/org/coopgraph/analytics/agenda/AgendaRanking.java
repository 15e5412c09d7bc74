package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.coopgraph.analytics.agenda.Agenda.Components;
import org.coopgraph.analytics.agenda.Agenda.ThemeRank;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixStatus;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Theme;

/**
 * Ranks the themes: score = 0.25 Q/maxQ + 0.25 D/maxD + 0.25 E/maxE + 0.25 G/maxG ({@link AgendaRules}),
 * with Q open questions, D skill demand of open projects and questions, E supporters' energy (sum of
 * interest x influence of the members who support the theme), G coverage gaps ({@link Components}). Each
 * maximum is over all themes of both years compared, so a score change means the theme's own numbers
 * changed; a component whose maximum is 0 adds nothing. Ties go by theme id. Every theme of the
 * taxonomy is ranked; one without stakes, open projects or open questions scores 0.
 */
public final class AgendaRanking {

    private AgendaRanking() {
    }

    /** {@code previous} (the year before, or null for no comparison) must share the taxonomy's themes. */
    public static Agenda rank(AgendaInputs current, AgendaInputs previous) {
        Objects.requireNonNull(current, "current");
        List<Theme> themes = current.snapshot().taxonomy().themes();
        Map<String, Components> now = components(current, themes);
        Map<String, Components> before = previous == null ? null : components(previous, themes);
        var all = new ArrayList<>(now.values());
        if (before != null) {
            all.addAll(before.values());
        }
        var scale = new Scale(all);
        Map<String, Integer> previousRanks = before == null ? Map.of() : ranks(before, scale);
        Map<String, Integer> ranks = ranks(now, scale);
        var lines = new ArrayList<ThemeRank>();
        for (Theme theme : themes) {
            Components c = now.get(theme.id());
            double score = scale.score(c);
            if (before == null) {
                lines.add(new ThemeRank(theme.id(), theme.name(), ranks.get(theme.id()), score, c, null, null, null, null, null));
            } else {
                Components p = before.get(theme.id());
                double previousScore = scale.score(p);
                int previousRank = previousRanks.get(theme.id());
                lines.add(new ThemeRank(theme.id(), theme.name(), ranks.get(theme.id()), score, c, previousRank,
                        previousScore, p, previousRank - ranks.get(theme.id()), score - previousScore));
            }
        }
        lines.sort(Comparator.comparingInt(ThemeRank::rank));
        return new Agenda(current.year(), previous == null ? null : previous.year(), lines);
    }

    /** The components of one theme in one snapshot. */
    public static Components components(AgendaInputs inputs, String themeId) {
        ThemeWork work = ThemeWork.of(inputs, themeId);
        List<Stakeholder> stakeholders = StakeholderAnalysis.stakeholders(inputs, themeId, work);
        int energy = stakeholders.stream().filter(s -> s.stance() == Stance.SUPPORTS)
                .mapToInt(s -> s.interest() * s.influence()).sum();
        int missing = 0;
        int weak = 0;
        // A theme nobody holds a stake in and nobody works on is not on the agenda yet: no helix gap.
        boolean active = !stakeholders.isEmpty() || !work.openProjects().isEmpty() || !work.openQuestions().isEmpty();
        for (var helix : active ? CoverageAnalysis.QUADRUPLE : List.<org.coopgraph.model.Helix>of()) {
            HelixStatus status = CoverageAnalysis.status(stakeholders.stream().filter(s -> s.helix() == helix).toList());
            missing += status == HelixStatus.MISSING ? 1 : 0;
            weak += status == HelixStatus.WEAK ? 1 : 0;
        }
        var skills = new NeededSkills(inputs, work);
        int missingSkills = skills.toRecruit().size();
        double gaps = missing + AgendaRules.WEAK_HELIX_GAP * weak + missingSkills;
        return new Components(work.openQuestions().size(), skills.demand(), energy, gaps, missing, weak, missingSkills);
    }

    private static Map<String, Components> components(AgendaInputs inputs, List<Theme> themes) {
        Map<String, Components> result = new HashMap<>();
        themes.forEach(t -> result.put(t.id(), components(inputs, t.id())));
        return result;
    }

    private static Map<String, Integer> ranks(Map<String, Components> byTheme, Scale scale) {
        List<String> order = byTheme.keySet().stream().sorted(Comparator
                .comparingDouble((String id) -> -scale.score(byTheme.get(id))).thenComparing(id -> id)).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i + 1);
        }
        return ranks;
    }

    /** The maxima each component is divided by. */
    private record Scale(double questions, double demand, double energy, double gaps) {

        Scale(List<Components> all) {
            this(max(all, Components::openQuestions), max(all, Components::demand), max(all, Components::energy),
                    max(all, Components::gaps));
        }

        double score(Components c) {
            return AgendaRules.W_QUESTIONS * share(c.openQuestions(), questions) + AgendaRules.W_DEMAND * share(c.demand(), demand)
                    + AgendaRules.W_ENERGY * share(c.energy(), energy) + AgendaRules.W_GAPS * share(c.gaps(), gaps);
        }

        private static double share(double value, double max) {
            return max == 0 ? 0 : value / max;
        }

        private static double max(List<Components> all, ToDoubleFunction<Components> component) {
            return all.stream().mapToDouble(component).max().orElse(0);
        }
    }
}

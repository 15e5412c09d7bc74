package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopgraph.model.Stance;

/**
 * Shared agenda themes and stakes: for every theme on both agendas (a stake, a project addressing it,
 * a question about it), 1; 1.5 when both hold a stake with the same stance (SUPPORTS or OPPOSES), a
 * common position being a stronger basis to act together; 0 when one supports what the other opposes
 * (a conflict is a reason to talk, not a suggested partnership). Walks only the members of the
 * member's own themes.
 */
public final class ThemeComponent implements SuggestionComponent {

    public static final String NAME = "themes";
    static final double SAME_STANCE = 1.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void scoreAll(SuggestionContext context, int a, double[] values) {
        ThemeIndex themes = context.themes;
        for (int i = 0; i < themes.themesOf[a].length; i++) {
            int t = themes.themesOf[a][i];
            Stance mine = themes.stanceOf[a][i];
            for (int b : themes.members[t]) {
                values[b] += value(mine, themes.stance(b, t));
            }
        }
    }

    @Override
    public ComponentScore score(SuggestionContext context, int a, int b) {
        if (a == b) {
            return ComponentScore.NONE;
        }
        ThemeIndex themes = context.themes;
        List<Evidence> evidence = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < themes.themesOf[a].length; i++) {
            int t = themes.themesOf[a][i];
            if (!themes.has(b, t)) {
                continue;
            }
            Stance mine = themes.stanceOf[a][i];
            Stance theirs = themes.stance(b, t);
            double value = value(mine, theirs);
            if (value > 0) {
                total += value;
                evidence.add(new Evidence(EvidenceCode.SHARED_THEME, List.of(themes.themeIds[t]),
                        value == SAME_STANCE ? Map.of("stance", mine.name()) : Map.of()));
            }
        }
        return total == 0 ? ComponentScore.NONE : new ComponentScore(total, evidence);
    }

    static double value(Stance mine, Stance theirs) {
        if (mine == null || theirs == null || mine == Stance.NEUTRAL || theirs == Stance.NEUTRAL) {
            return 1.0;
        }
        return mine == theirs ? SAME_STANCE : 0.0;
    }
}

package org.coopgraph.api.suggestions;

import java.util.Locale;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.ValueChain;

/** Names for the ids in evidence, in one language; a member the caller may not see gets a neutral placeholder. */
final class Names {

    private static final int QUOTE_LENGTH = 60;

    private final NetworkSnapshot snapshot;
    private final PublicView view;
    final Language language;

    Names(NetworkSnapshot snapshot, PublicView view, Language language) {
        this.snapshot = snapshot;
        this.view = view;
        this.language = language;
    }

    boolean shows(String memberId) {
        return view.showsMember(memberId);
    }

    String member(String id) {
        return view.showsMember(id) ? snapshot.member(id).map(Member::name).orElse(id)
                : language == Language.NL ? "een lid zonder openbaar profiel" : "a member without a public profile";
    }

    String skill(String id) {
        return snapshot.skill(id).map(Skill::name).orElse(id);
    }

    String project(String id) {
        return snapshot.project(id).map(Project::name).orElse(id);
    }

    String question(String id) {
        String text = snapshot.question(id).map(Question::text).orElse(id);
        return "\u201c" + (text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH - 1) + "\u2026" : text) + "\u201d";
    }

    String theme(String id) {
        return snapshot.theme(id).map(Theme::name).orElse(id);
    }

    String sector(String code) {
        return snapshot.sector(code).map(s -> s.name() + " (" + code + ")").orElse(code);
    }

    Sector sectorOrNull(String code) {
        return snapshot.sector(code).orElse(null);
    }

    String chain(String id) {
        return snapshot.valueChain(id).map(ValueChain::name).orElse(id);
    }

    String step(String chainId, String stepId) {
        return snapshot.valueChain(chainId).flatMap(c -> c.steps().stream().filter(s -> s.id().equals(stepId)).findFirst())
                .map(ChainStep::name).orElse(stepId);
    }

    String helix(String name) {
        Helix helix = Helix.valueOf(name);
        if (language == Language.NL) {
            return switch (helix) {
                case INDUSTRY -> "bedrijfsleven";
                case EDUCATION -> "onderwijs";
                case GOVERNMENT -> "overheid";
                case FINANCE -> "financiers";
                case CIVIL_SOCIETY -> "maatschappelijke organisaties";
            };
        }
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** How a member is linked to a partner: "on project X" / "through a supply tie" (Dutch alike). */
    String via(String link) {
        if (link == null) {
            return "";
        }
        if (link.startsWith("tie:")) {
            TieKind kind = TieKind.valueOf(link.substring(4));
            if (language == Language.NL) {
                return "via een relatie (" + switch (kind) {
                    case COLLABORATION -> "samenwerking";
                    case SUPPLY -> "levering";
                    case MENTORING -> "mentorschap";
                    case SHARED_STAFF -> "gedeeld personeel";
                    case KNOWLEDGE_EXCHANGE -> "kennisuitwisseling";
                    case FINANCING -> "financiering";
                } + ")";
            }
            return "through a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " tie";
        }
        return (language == Language.NL ? "aan project " : "on project ") + project(link);
    }
}

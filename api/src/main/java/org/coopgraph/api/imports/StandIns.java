package org.coopgraph.api.imports;

import java.time.LocalDate;
import java.util.function.Function;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;

/**
 * Minimal valid records standing in for entries that could not be read, keeping their id (when it is
 * a usable id) so that references to them do not show up as extra, misleading "unknown" errors.
 */
final class StandIns {

    private StandIns() {
    }

    /** A stand-in for an entry of the list {@code listName}; {@code rawId} may be null or unusable. */
    static Object of(String listName, String rawId, int index) {
        String fallback = "#unreadable-" + listName + "-" + index;
        return switch (listName) {
            case "sectors" -> build(rawId, fallback, id -> new Sector(id, null, id, 1, null));
            case "skills" -> build(rawId, fallback, id -> new Skill(id, id, null, null));
            case "themes" -> build(rawId, fallback, id -> new Theme(id, id));
            case "members" -> build(rawId, fallback, StandIns::member);
            case "projects" -> build(rawId, fallback, id -> new Project(id, id, 2000, null, null, null, null, null));
            case "questions" -> build(rawId, fallback, id -> new Question(id, id, id, LocalDate.of(2000, 1, 1), null, null, null));
            case "valueChains" -> build(rawId, fallback, id -> new ValueChain(id, id, null));
            // Nothing refers to a tie, so its stand-in needs no real key (and must not fake a duplicate).
            case "ties" -> new Tie(fallback + "-from", fallback + "-to", null, null, null, null);
            // Nothing refers to a history entry: an unreadable one is simply left out.
            case "questionHistory" -> null;
            default -> throw new IllegalArgumentException("no such list: " + listName);
        };
    }

    static Member member(String id) {
        return new Member(id, id, MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, false, null, null,
                null, null, null, null, null);
    }

    private static <T> T build(String rawId, String fallback, Function<String, T> factory) {
        try {
            return factory.apply(rawId);
        } catch (IllegalArgumentException e) {
            return factory.apply(fallback);
        }
    }
}

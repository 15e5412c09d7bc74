package org.coopgraph.cypher;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Member;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;

/**
 * Turns domain records into the parameter rows of the write queries: node rows carry the stored
 * properties, relationship rows {@code a} (start key), {@code b} (end key) and the relationship's
 * properties. Enums are stored by name; a null value leaves the property out.
 */
final class PlanRows {

    private PlanRows() {
    }

    static Map<String, Object> sector(Sector s) {
        return row("code", s.code(), "scheme", s.scheme(), "name", s.name(), "level", s.level(), "parentCode", s.parentCode());
    }

    static Map<String, Object> skill(Skill s) {
        return row("id", s.id(), "name", s.name(), "group", s.group(), "broaderId", s.broaderId());
    }

    static Map<String, Object> theme(Theme t) {
        return row("id", t.id(), "name", t.name());
    }

    static Map<String, Object> member(Member m) {
        return row("id", m.id(), "name", m.name(), "kind", name(m.kind()), "helix", name(m.helix()),
                "municipality", m.municipality(), "sizeClass", name(m.sizeClass()), "website", m.website(),
                "publicProfile", m.publicProfile(), "joined", m.joined(), "left", m.left());
    }

    static Map<String, Object> project(Project p) {
        return row("id", p.id(), "name", p.name(), "startYear", p.startYear(), "endYear", p.endYear(),
                "status", name(p.status()));
    }

    static Map<String, Object> question(Question q) {
        return row("id", q.id(), "text", q.text(), "askedOn", q.askedOn(), "status", name(q.status()));
    }

    static Map<String, Object> valueChain(ValueChain c) {
        return row("id", c.id(), "name", c.name());
    }

    static Stream<Map<String, Object>> inSector(Member m) {
        return m.sectors().stream().map(s -> row("a", m.id(), "b", s.code(), "primary", s.primary()));
    }

    static Stream<Map<String, Object>> hasSkill(Member m) {
        return m.skills().stream().map(s -> row("a", m.id(), "b", s.skillId(), "level", s.level()));
    }

    static Stream<Map<String, Object>> teaches(Member m) {
        return m.teaches().stream().map(id -> row("a", m.id(), "b", id));
    }

    static Stream<Map<String, Object>> supplies(Member m) {
        return m.suppliesTo().stream().map(id -> row("a", m.id(), "b", id));
    }

    static Stream<Map<String, Object>> hasStake(Member m) {
        return m.stakes().stream().map(s -> row("a", m.id(), "b", s.themeId(), "interest", s.interest(),
                "influence", s.influence(), "stance", name(s.stance())));
    }

    static Stream<Map<String, Object>> participatesIn(Project p) {
        return p.participants().stream().map(x -> row("a", x.memberId(), "b", p.id(), "role", name(x.role()),
                "fromYear", x.fromYear(), "toYear", x.toYear()));
    }

    static Stream<Map<String, Object>> requires(Project p) {
        return p.requires().stream().map(r -> row("a", p.id(), "b", r.skillId(), "level", r.level(),
                "importance", r.importance()));
    }

    static Stream<Map<String, Object>> addresses(Project p) {
        return p.themes().stream().map(id -> row("a", p.id(), "b", id));
    }

    static Stream<Map<String, Object>> asks(Question q) {
        return Stream.of(row("a", q.memberId(), "b", q.id()));
    }

    static Stream<Map<String, Object>> needs(Question q) {
        return q.needs().stream().map(id -> row("a", q.id(), "b", id));
    }

    static Stream<Map<String, Object>> about(Question q) {
        return q.themes().stream().map(id -> row("a", q.id(), "b", id));
    }

    static Map<String, Object> tie(Tie t) {
        return row("a", t.fromId(), "b", t.toId(), "kind", name(t.kind()), "sinceYear", t.sinceYear(),
                "untilYear", t.untilYear(), "weight", t.weight());
    }

    static Stream<Map<String, Object>> steps(ValueChain c) {
        return c.steps().stream().map(s -> row("a", c.id(), "id", s.id(), "name", s.name(), "position", s.position()));
    }

    static Stream<Map<String, Object>> needsSector(ValueChain c) {
        return c.steps().stream().flatMap(s -> s.sectors().stream().map(code -> stepRow(c, s, code)));
    }

    static Stream<Map<String, Object>> needsSkill(ValueChain c) {
        return c.steps().stream().flatMap(s -> s.skills().stream().map(id -> stepRow(c, s, id)));
    }

    private static Map<String, Object> stepRow(ValueChain c, ChainStep s, String target) {
        return row("chain", c.id(), "a", s.id(), "b", target);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A HashMap, not Map.of: values may be null (the property is then absent). */
    static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}

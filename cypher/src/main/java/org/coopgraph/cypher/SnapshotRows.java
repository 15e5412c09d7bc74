package org.coopgraph.cypher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.coopgraph.model.Canonical;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.SizeClass;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.ValueChain;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Turns the rows of the read queries back into domain records, in canonical form so that what was
 * imported and what is read back compare equal. The inverse of {@link PlanRows}. Relationship ends come
 * as internal node ids and are mapped to keys through {@link Keys}; an unknown end (a node a reader must
 * not see yet) is dropped.
 */
final class SnapshotRows {

    /** Internal node id to key, per kind of node the rows refer to. */
    record Keys(Map<Long, String> sectors, Map<Long, String> skills, Map<Long, String> themes) {

        static Keys of(List<Record> sectorRows, List<Record> skillRows, List<Record> themeRows) {
            return new Keys(index(sectorRows, "code"), index(skillRows, "id"), index(themeRows, "id"));
        }

        private static Map<Long, String> index(List<Record> rows, String key) {
            var map = new HashMap<Long, String>(rows.size() * 2);
            rows.forEach(r -> map.put(r.get("nid").asLong(), r.get(key).asString()));
            return map;
        }
    }

    private SnapshotRows() {
    }

    static Sector sector(Record r) {
        return new Sector(str(r.get("code")), str(r.get("scheme")), str(r.get("name")), integer(r.get("level")),
                str(r.get("parentCode")));
    }

    static Skill skill(Record r) {
        return new Skill(str(r.get("id")), str(r.get("name")), str(r.get("group")), str(r.get("broaderId")));
    }

    static Theme theme(Record r) {
        return new Theme(str(r.get("id")), str(r.get("name")));
    }

    static Member member(Record r, Keys k) {
        return Canonical.of(new Member(str(r.get("id")), str(r.get("name")),
                enumOf(MemberKind.class, r.get("kind")), enumOf(Helix.class, r.get("helix")),
                str(r.get("municipality")), enumOf(SizeClass.class, r.get("sizeClass")), str(r.get("website")),
                r.get("publicProfile").isNull() ? null : r.get("publicProfile").asBoolean(),
                integer(r.get("joined")), integer(r.get("left")),
                known(r.get("sectors"), k.sectors(), (code, v) -> new SectorLink(code, v.get(1).asBoolean(false))),
                known(r.get("skills"), k.skills(), (id, v) -> new SkillLevel(id, integer(v.get(1)))),
                keys(r.get("teaches"), k.skills()), r.get("suppliesTo").asList(Value::asString),
                known(r.get("stakes"), k.themes(), (id, v) -> new Stake(id, integer(v.get(1)), integer(v.get(2)),
                        enumOf(Stance.class, v.get(3))))));
    }

    /** A member's outgoing ties; {@code members} maps internal node ids to the member ids read. */
    static List<Tie> ties(Record r, Map<Long, String> members) {
        String from = members.get(r.get("nid").asLong());
        if (from == null) {
            return List.of();
        }
        return known(r.get("ties"), members, (to, v) -> new Tie(from, to, enumOf(TieKind.class, v.get(1)),
                integer(v.get(2)), integer(v.get(3)), v.get(4).isNull() ? null : v.get(4).asDouble()));
    }

    static Project project(Record r, Keys k) {
        return Canonical.of(new Project(str(r.get("id")), str(r.get("name")), integer(r.get("startYear")),
                integer(r.get("endYear")), enumOf(ProjectStatus.class, r.get("status")),
                r.get("participants").asList(v -> new Participation(str(v.get(0)),
                        enumOf(ParticipationRole.class, v.get(1)), integer(v.get(2)), integer(v.get(3)))),
                known(r.get("requires"), k.skills(), (id, v) -> new Requirement(id, integer(v.get(1)), integer(v.get(2)))),
                keys(r.get("themes"), k.themes())));
    }

    static Question question(Record r, Keys k) {
        return Canonical.of(new Question(str(r.get("id")), str(r.get("memberId")), str(r.get("text")),
                r.get("askedOn").isNull() ? null : r.get("askedOn").asLocalDate(),
                enumOf(QuestionStatus.class, r.get("status")),
                keys(r.get("needs"), k.skills()), keys(r.get("themes"), k.themes())));
    }

    static ValueChain valueChain(Record r, Keys k) {
        return Canonical.of(new ValueChain(str(r.get("id")), str(r.get("name")),
                r.get("steps").asList(v -> new ChainStep(str(v.get(0)), str(v.get(1)), integer(v.get(2)),
                        keys(v.get(3), k.sectors()), keys(v.get(4), k.skills())))));
    }

    /** Entries {@code [nodeId, ...]} whose node is known, made into records. */
    private static <T> List<T> known(Value list, Map<Long, String> keys, java.util.function.BiFunction<String, Value, T> make) {
        return list.asList(v -> {
            String key = keys.get(v.get(0).asLong());
            return key == null ? null : make.apply(key, v);
        }).stream().filter(Objects::nonNull).toList();
    }

    /** A list of node ids as the keys of the known ones. */
    private static List<String> keys(Value list, Map<Long, String> keys) {
        return list.asList((Function<Value, String>) v -> keys.get(v.asLong())).stream().filter(Objects::nonNull).toList();
    }

    private static String str(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Value v) {
        return v.isNull() ? null : Enum.valueOf(type, v.asString());
    }
}

package org.coopgraph.cypher;

import java.util.List;
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
 * imported and what is read back compare equal. The inverse of {@link PlanRows}.
 */
final class SnapshotRows {

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

    static Member member(Record r) {
        return Canonical.of(new Member(str(r.get("id")), str(r.get("name")),
                enumOf(MemberKind.class, r.get("kind")), enumOf(Helix.class, r.get("helix")),
                str(r.get("municipality")), enumOf(SizeClass.class, r.get("sizeClass")), str(r.get("website")),
                r.get("publicProfile").isNull() ? null : r.get("publicProfile").asBoolean(),
                integer(r.get("joined")), integer(r.get("left")),
                r.get("sectors").asList(v -> new SectorLink(str(v.get(0)), v.get(1).asBoolean(false))),
                r.get("skills").asList(v -> new SkillLevel(str(v.get(0)), integer(v.get(1)))),
                r.get("teaches").asList(Value::asString), r.get("suppliesTo").asList(Value::asString),
                r.get("stakes").asList(v -> new Stake(str(v.get(0)), integer(v.get(1)), integer(v.get(2)),
                        enumOf(Stance.class, v.get(3))))));
    }

    /** The member's outgoing ties, read along with the member. */
    static List<Tie> ties(Record r) {
        String from = str(r.get("id"));
        return r.get("ties").asList(v -> new Tie(from, str(v.get(0)), enumOf(TieKind.class, v.get(1)),
                integer(v.get(2)), integer(v.get(3)), v.get(4).isNull() ? null : v.get(4).asDouble()));
    }

    static Project project(Record r) {
        return Canonical.of(new Project(str(r.get("id")), str(r.get("name")), integer(r.get("startYear")),
                integer(r.get("endYear")), enumOf(ProjectStatus.class, r.get("status")),
                r.get("participants").asList(v -> new Participation(str(v.get(0)),
                        enumOf(ParticipationRole.class, v.get(1)), integer(v.get(2)), integer(v.get(3)))),
                r.get("requires").asList(v -> new Requirement(str(v.get(0)), integer(v.get(1)), integer(v.get(2)))),
                r.get("themes").asList(Value::asString)));
    }

    static Question question(Record r) {
        return Canonical.of(new Question(str(r.get("id")), str(r.get("memberId")), str(r.get("text")),
                r.get("askedOn").isNull() ? null : r.get("askedOn").asLocalDate(),
                enumOf(QuestionStatus.class, r.get("status")),
                r.get("needs").asList(Value::asString), r.get("themes").asList(Value::asString)));
    }

    static ValueChain valueChain(Record r) {
        return Canonical.of(new ValueChain(str(r.get("id")), str(r.get("name")),
                r.get("steps").asList(v -> new ChainStep(str(v.get(0)), str(v.get(1)), integer(v.get(2)),
                        v.get(3).asList(Value::asString), v.get(4).asList(Value::asString)))));
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

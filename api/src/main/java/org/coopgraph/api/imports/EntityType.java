package org.coopgraph.api.imports;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.coopgraph.model.Canonical;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.ValueChain;

/** How one kind of entity is written alone: as a one-entry import document under {@code listName}. */
public record EntityType<T>(String name, EntityKind kind, String listName, Class<T> type, Function<T, String> id,
                            BiFunction<NetworkSnapshot, String, Optional<T>> find,
                            Function<T, RegionDocument> document, UnaryOperator<T> canonical) {

    public static final EntityType<Member> MEMBER = new EntityType<>("member", EntityKind.MEMBER, "members",
            Member.class, Member::id, NetworkSnapshot::member,
            m -> new RegionDocument(null, null, null, null, List.of(m), null, null, null, null), Canonical::of);

    public static final EntityType<Project> PROJECT = new EntityType<>("project", EntityKind.PROJECT, "projects",
            Project.class, Project::id, NetworkSnapshot::project,
            p -> new RegionDocument(null, null, null, null, null, List.of(p), null, null, null), Canonical::of);

    public static final EntityType<Question> QUESTION = new EntityType<>("question", EntityKind.QUESTION, "questions",
            Question.class, Question::id, NetworkSnapshot::question,
            q -> new RegionDocument(null, null, null, null, null, null, List.of(q), null, null), Canonical::of);

    public static final EntityType<ValueChain> VALUE_CHAIN = new EntityType<>("value chain", EntityKind.VALUE_CHAIN,
            "valueChains", ValueChain.class, ValueChain::id, NetworkSnapshot::valueChain,
            c -> new RegionDocument(null, null, null, null, null, null, null, null, List.of(c)), Canonical::of);
}

package org.coopgraph.api.crosssector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the consent rule to an analysis result already turned into a JSON tree, and collects the
 * names of the members it names. Analysis results refer to members only through the fields
 * {@link #ID_FIELDS} and the id lists {@link #ID_LISTS}; a member the caller may not see becomes the
 * neutral placeholder null, and an object that referred to one gets {@code "hidden": true}. Lists of
 * members are in id order, so placeholders move to the end of such lists: where a hidden member would
 * sort must not hint at its id. Ranked lists (brokers, candidates) keep their order, which is a score.
 */
public final class MemberRedaction {

    static final Set<String> ID_FIELDS = Set.of("memberId", "memberA", "memberB");
    static final Set<String> ID_LISTS = Set.of("members", "cutOffMembers", "formerSuppliers");

    private final NetworkSnapshot snapshot;
    private final PublicView view;
    private final Map<String, String> names = new TreeMap<>();

    public MemberRedaction(NetworkSnapshot snapshot, PublicView view) {
        this.snapshot = snapshot;
        this.view = view;
    }

    /**
     * Redacts {@code tree} and everything below it in place; returns whether the node itself (an
     * object through its own member fields) named a hidden member.
     */
    public boolean redact(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            return redactObject(object);
        }
        if (tree instanceof ArrayNode array) {
            array.forEach(this::redact);
        }
        return false;
    }

    /** Every member id shown in the redacted trees, to its name, in id order. */
    public Map<String, String> names() {
        return new TreeMap<>(names);
    }

    private boolean redactObject(ObjectNode object) {
        boolean hidden = false;
        for (String field : List.copyOf(object.propertyNames())) {
            JsonNode value = object.get(field);
            if (ID_FIELDS.contains(field) && value.isString()) {
                if (!shown(value.stringValue())) {
                    object.putNull(field);
                    hidden = true;
                }
            } else if (ID_LISTS.contains(field) && value instanceof ArrayNode list) {
                redactList(list);
            } else {
                redact(value);
            }
        }
        if (hidden) {
            object.put("hidden", true);
        }
        return hidden;
    }

    /** Redacts each entry (a member id or an object naming one) and moves the placeholders last. */
    private void redactList(ArrayNode list) {
        List<JsonNode> visible = new ArrayList<>();
        List<JsonNode> placeholders = new ArrayList<>();
        for (JsonNode entry : list) {
            boolean hidden;
            if (entry.isString()) {
                hidden = !shown(entry.stringValue());
                if (hidden) {
                    entry = list.nullNode();
                }
            } else {
                hidden = redact(entry);
            }
            (hidden ? placeholders : visible).add(entry);
        }
        list.removeAll();
        visible.forEach(list::add);
        placeholders.forEach(list::add);
    }

    private boolean shown(String memberId) {
        if (!view.showsMember(memberId)) {
            return false;
        }
        snapshot.member(memberId).map(Member::name).ifPresent(name -> names.put(memberId, name));
        return true;
    }
}

package org.coopgraph.api.imports;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.coopgraph.model.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits of an element's JSON tree that let every problem in it be found, not only the first. */
final class TreeEdits {

    private TreeEdits() {
    }

    /**
     * Sets the value at {@code path} to null (removes it if {@code remove}, for an unknown field).
     * Returns false when the path leads nowhere or to the root, i.e. there is nothing left to blank.
     */
    static boolean blank(JsonNode root, List<JacksonException.Reference> path, boolean remove) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            JacksonException.Reference ref = path.get(i);
            parent = ref.getPropertyName() != null ? parent.get(ref.getPropertyName()) : parent.get(ref.getIndex());
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getPropertyName() != null) {
            if (remove) {
                object.remove(last.getPropertyName());
            } else {
                object.putNull(last.getPropertyName());
            }
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
            array.set(last.getIndex(), array.nullNode());
            return true;
        }
        return false;
    }

    /**
     * Fields of {@code object} that {@code type} (a record) does not have. Jackson reports unknown fields
     * only after the record was built, so when its constructor refuses the values they would go unsaid.
     */
    static List<Violation> unknownFields(JsonNode object, Class<?> type, String at) {
        if (!type.isRecord()) {
            return List.of();
        }
        var known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
        return object.propertyNames().stream().filter(name -> !known.contains(name))
                .map(name -> new Violation(at + "/" + name, "is not a known field (known: " + String.join(", ", known) + ")"))
                .toList();
    }
}

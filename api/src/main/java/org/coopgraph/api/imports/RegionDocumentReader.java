package org.coopgraph.api.imports;

import org.coopgraph.api.errors.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.limits.ImportLimits;
import org.coopgraph.model.Member;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;
import org.coopgraph.model.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import document (or one entity) from JSON and reports every problem, not only the first:
 * the body is parsed to a tree, then each array element is mapped on its own, so one bad member does
 * not hide the errors of the next. Unknown fields are errors, so a typo never silently drops data.
 * Besides the lists of {@link RegionDocument}, a backup's {@code questionHistory} is read (see export).
 */
@Component
public final class RegionDocumentReader {

    /** The document's lists in the order they are read, with the record each element maps to. */
    static final Map<String, Class<?>> LISTS = lists();
    /** Not part of {@link RegionDocument}: the dated status changes of the questions, as exported. */
    static final String HISTORY = "questionHistory";

    private final JsonMapper mapper = StrictInput.mapper();
    private static final int MAX_ATTEMPTS_PER_ELEMENT = 20;
    private final int maxRows;
    private final ImportLimits limits;

    @Autowired
    public RegionDocumentReader(@Value("${coopgraph.import.max-rows:200000}") int maxRows, ImportLimits limits) {
        this.maxRows = maxRows;
        this.limits = limits;
    }

    public RegionDocumentReader(int maxRows) {
        this(maxRows, ImportLimits.none());
    }

    public int maxRows() {
        return maxRows;
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * The document with a stand-in for every unreadable entry, and every problem found. Throws
     * {@link InvalidInputException} only when there is no document to speak of (bad JSON, too many rows).
     */
    public ReadOutcome read(byte[] json) {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw InvalidInputException.of("", "must be a JSON object with the lists " + String.join(", ", LISTS.keySet()));
        }
        var sizes = new LinkedHashMap<String, Integer>();
        LISTS.keySet().forEach(list -> sizes.put(list, root.path(list).isArray() ? root.path(list).size() : 0));
        sizes.put(HISTORY, root.path(HISTORY).isArray() ? root.path(HISTORY).size() : 0);
        limits.check(sizes, maxRows); // before mapping: an oversized document is not read at all
        var violations = new ArrayList<Violation>();
        var failed = new HashSet<String>();
        for (String field : root.propertyNames()) {
            if (!field.equals("region") && !field.equals(HISTORY) && !LISTS.containsKey(field)) {
                violations.add(new Violation("/" + field, "is not a known field (known: region, "
                        + String.join(", ", LISTS.keySet()) + ", " + HISTORY + ")"));
            }
        }
        JsonNode regionNode = root.get("region");
        Region region = regionNode == null || regionNode.isNull() ? null : element(regionNode, Region.class, "/region", violations);
        var lists = new LinkedHashMap<String, List<Object>>();
        LISTS.forEach((name, type) -> lists.put(name, list(root.get(name), name, type, violations, failed)));
        @SuppressWarnings("unchecked")
        RegionDocument doc = new RegionDocument(region, (List<Sector>) (List<?>) lists.get("sectors"),
                (List<Skill>) (List<?>) lists.get("skills"), (List<Theme>) (List<?>) lists.get("themes"),
                (List<Member>) (List<?>) lists.get("members"), (List<Project>) (List<?>) lists.get("projects"),
                (List<Question>) (List<?>) lists.get("questions"), (List<Tie>) (List<?>) lists.get("ties"),
                (List<ValueChain>) (List<?>) lists.get("valueChains"));
        var history = new ArrayList<QuestionStatusChange>();
        for (Object change : list(root.get(HISTORY), HISTORY, QuestionStatusChange.class, violations, new HashSet<>())) {
            if (change instanceof QuestionStatusChange c) {
                history.add(c);
            }
        }
        return new ReadOutcome(doc, violations, failed, history);
    }

    /** One entity (a CRUD body); every problem is reported with a pointer relative to the body. */
    public <T> T readOne(byte[] json, Class<T> type) {
        JsonNode root = tree(json);
        var violations = new ArrayList<Violation>();
        T value = element(root, type, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return value;
    }

    private List<Object> list(JsonNode node, String name, Class<?> type, List<Violation> violations, Set<String> failed) {
        var values = new ArrayList<Object>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            violations.add(new Violation("/" + name, "must be an array"));
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "/" + name + "/" + i;
            int before = violations.size();
            Object value = element(node.get(i), type, at, violations);
            if (violations.size() > before) {
                failed.add(at);
                JsonNode id = node.get(i).get(name.equals("sectors") ? "code" : "id");
                value = StandIns.of(name, id != null && id.isString() ? id.asString() : null, i);
            }
            values.add(value);
        }
        return values;
    }

    /**
     * Maps one element. Jackson stops at the first error, so after each error the offending value is
     * blanked in a copy and the element mapped again, until only the element's own rules are left:
     * a bad skill level and a bad year of the same member are both reported.
     */
    private <T> T element(JsonNode node, Class<T> type, String at, List<Violation> violations) {
        if (!node.isObject()) {
            violations.add(new Violation(at, "must be a JSON object"));
            return null;
        }
        JsonNode work = node;
        var blanked = new HashSet<String>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS_PER_ELEMENT; attempt++) {
            try {
                T value = mapper.treeToValue(work, type);
                return blanked.isEmpty() ? value : null;
            } catch (JacksonException e) {
                // A blanked value may now be "required" or "must not be null": its real error is already listed.
                JacksonViolations.of(e, at, work).stream().filter(v -> !blanked.contains(v.location())).forEach(violations::add);
                String pointer = at + JsonPointers.of(e.getPath());
                if (e.getPath().isEmpty()) {
                    violations.addAll(TreeEdits.unknownFields(work, type, at));
                    return null;
                }
                work = work == node ? node.deepCopy() : work;
                if (blanked.contains(pointer) || !TreeEdits.blank(work, e.getPath(), e instanceof UnrecognizedPropertyException)) {
                    return null;
                }
                blanked.add(pointer);
            }
        }
        return null;
    }

    private JsonNode tree(byte[] json) {
        if (json == null || json.length == 0) {
            throw InvalidInputException.of("", "the body is empty: send a JSON document");
        }
        StrictInput.firstMalformedByte(json).ifPresent(at -> {
            throw InvalidInputException.of("byte " + at, "is not valid UTF-8: send the document encoded as UTF-8");
        });
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw InvalidInputException.of("", "the body is empty: send a JSON document");
            }
            return root;
        } catch (JacksonException e) { // syntax errors, and trailing content after the document
            var where = e.getLocation();
            String location = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw InvalidInputException.of(location, e instanceof StreamReadException
                    ? "is not valid JSON: " + e.getOriginalMessage()
                    : "is not valid JSON: more content follows the end of the document");
        }
    }

    private static Map<String, Class<?>> lists() {
        var lists = new LinkedHashMap<String, Class<?>>();
        lists.put("sectors", Sector.class);
        lists.put("skills", Skill.class);
        lists.put("themes", Theme.class);
        lists.put("members", Member.class);
        lists.put("projects", Project.class);
        lists.put("questions", Question.class);
        lists.put("ties", Tie.class);
        lists.put("valueChains", ValueChain.class);
        return java.util.Collections.unmodifiableMap(lists);
    }
}

package org.coopgraph.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what single records cannot: unique ids within the document and references that resolve,
 * either to the document itself or to what the region (and shared taxonomy) already holds.
 * Locations are JSON pointers into the document, e.g. {@code /projects/3/participants/0/memberId}.
 */
public final class DocumentCheck {

    private final RegionDocument doc;
    private final NetworkSnapshot existing;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> sectors = new HashSet<>();
    private final Set<String> skills = new HashSet<>();
    private final Set<String> themes = new HashSet<>();
    private final Set<String> members = new HashSet<>();

    private DocumentCheck(RegionDocument doc, NetworkSnapshot existing) {
        this.doc = doc;
        this.existing = existing;
    }

    /** Every broken reference and duplicate id, in document order; empty when the document is sound. */
    public static List<Violation> violations(RegionDocument doc, NetworkSnapshot existing) {
        var check = new DocumentCheck(doc, existing);
        check.collectIds();
        check.checkReferences();
        return List.copyOf(check.violations);
    }

    private void collectIds() {
        unique("/sectors", doc.sectors(), Sector::code, "/code");
        unique("/skills", doc.skills(), Skill::id, "/id");
        unique("/themes", doc.themes(), Theme::id, "/id");
        unique("/members", doc.members(), Member::id, "/id");
        unique("/projects", doc.projects(), Project::id, "/id");
        unique("/questions", doc.questions(), Question::id, "/id");
        unique("/ties", doc.ties(), Tie::key, "");
        unique("/valueChains", doc.valueChains(), ValueChain::id, "/id");
        doc.sectors().forEach(s -> sectors.add(s.code()));
        doc.skills().forEach(s -> skills.add(s.id()));
        doc.themes().forEach(t -> themes.add(t.id()));
        doc.members().forEach(m -> members.add(m.id()));
        sectors.addAll(existing.taxonomy().sectorByCode().keySet());
        skills.addAll(existing.taxonomy().skillById().keySet());
        themes.addAll(existing.taxonomy().themeById().keySet());
        existing.members().forEach(m -> members.add(m.id()));
    }

    private void checkReferences() {
        each("/sectors", doc.sectors(), (at, s) -> ref(at + "/parentCode", s.parentCode(), sectors, "sector"));
        each("/skills", doc.skills(), (at, s) -> ref(at + "/broaderId", s.broaderId(), skills, "skill"));
        each("/members", doc.members(), (at, m) -> {
            each(at + "/sectors", m.sectors(), (a, s) -> ref(a + "/code", s.code(), sectors, "sector"));
            each(at + "/skills", m.skills(), (a, s) -> ref(a + "/skillId", s.skillId(), skills, "skill"));
            refs(at + "/teaches", m.teaches(), skills, "skill");
            refs(at + "/suppliesTo", m.suppliesTo(), members, "member");
            each(at + "/stakes", m.stakes(), (a, s) -> ref(a + "/themeId", s.themeId(), themes, "theme"));
        });
        each("/projects", doc.projects(), (at, p) -> {
            each(at + "/participants", p.participants(), (a, x) -> ref(a + "/memberId", x.memberId(), members, "member"));
            each(at + "/requires", p.requires(), (a, r) -> ref(a + "/skillId", r.skillId(), skills, "skill"));
            refs(at + "/themes", p.themes(), themes, "theme");
        });
        each("/questions", doc.questions(), (at, q) -> {
            ref(at + "/memberId", q.memberId(), members, "member");
            refs(at + "/needs", q.needs(), skills, "skill");
            refs(at + "/themes", q.themes(), themes, "theme");
        });
        each("/ties", doc.ties(), (at, t) -> {
            ref(at + "/fromId", t.fromId(), members, "member");
            ref(at + "/toId", t.toId(), members, "member");
        });
        each("/valueChains", doc.valueChains(), (at, c) -> each(at + "/steps", c.steps(), (a, s) -> {
            refs(a + "/sectors", s.sectors(), sectors, "sector");
            refs(a + "/skills", s.skills(), skills, "skill");
        }));
    }

    private <T> void unique(String at, List<T> values, Function<T, String> key, String field) {
        var seen = new HashSet<String>();
        for (int i = 0; i < values.size(); i++) {
            String k = key.apply(values.get(i));
            if (!seen.add(k)) {
                violations.add(new Violation(at + "/" + i + field, "duplicates an earlier entry (" + k + ")"));
            }
        }
    }

    private void refs(String at, List<String> ids, Set<String> known, String what) {
        for (int i = 0; i < ids.size(); i++) {
            ref(at + "/" + i, ids.get(i), known, what);
        }
    }

    private void ref(String at, String id, Set<String> known, String what) {
        if (id != null && !known.contains(id)) {
            violations.add(new Violation(at, "refers to unknown " + what + " '" + id + "'"));
        }
    }

    private static <T> void each(String at, List<T> values, java.util.function.BiConsumer<String, T> check) {
        for (int i = 0; i < values.size(); i++) {
            check.accept(at + "/" + i, values.get(i));
        }
    }
}

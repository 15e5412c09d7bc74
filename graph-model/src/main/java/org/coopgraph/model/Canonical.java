package org.coopgraph.model;

import java.util.Comparator;
import java.util.List;

/**
 * One fixed order for every list inside a record, so that the same data read back from the store
 * equals what was imported (idempotent imports) and serialises to the same bytes (reproducible output).
 */
public final class Canonical {

    private Canonical() {
    }

    public static Member of(Member m) {
        return new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(), m.sizeClass(), m.website(),
                m.publicProfile(), m.joined(), m.left(),
                sorted(m.sectors(), Comparator.comparing(SectorLink::code)),
                sorted(m.skills(), Comparator.comparing(SkillLevel::skillId)),
                sorted(m.teaches()), sorted(m.suppliesTo()),
                sorted(m.stakes(), Comparator.comparing(Stake::themeId)));
    }

    public static Project of(Project p) {
        return new Project(p.id(), p.name(), p.startYear(), p.endYear(), p.status(),
                sorted(p.participants(), Comparator.comparing(Participation::memberId).thenComparing(Participation::role)),
                sorted(p.requires(), Comparator.comparing(Requirement::skillId)), sorted(p.themes()));
    }

    public static Question of(Question q) {
        return new Question(q.id(), q.memberId(), q.text(), q.askedOn(), q.status(), sorted(q.needs()), sorted(q.themes()));
    }

    public static ValueChain of(ValueChain c) {
        return new ValueChain(c.id(), c.name(), c.steps().stream()
                .map(s -> new ChainStep(s.id(), s.name(), s.position(), sorted(s.sectors()), sorted(s.skills())))
                .sorted(Comparator.comparing(ChainStep::position)).toList());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        return values.stream().sorted(order).toList();
    }
}

package org.coopgraph.api.themes;

import java.util.Collection;
import java.util.List;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * The consent rule for agenda answers: {@link PublicView} decides who may be named; lists keep only
 * those, and what was left out is reported as a count (or, for stakeholders, counts per sector).
 */
final class Visibility {

    private final PublicView view;
    private final NetworkSnapshot snapshot;

    Visibility(PublicView view, NetworkSnapshot snapshot) {
        this.view = view;
        this.snapshot = snapshot;
    }

    boolean shows(String memberId) {
        return view.showsMember(memberId);
    }

    List<String> shown(Collection<String> memberIds) {
        return memberIds.stream().filter(this::shows).toList();
    }

    int hidden(Collection<String> memberIds) {
        return (int) memberIds.stream().filter(id -> !shows(id)).count();
    }

    /** Whether every member of a pair or path may be named. */
    boolean showsAll(Collection<String> memberIds) {
        return memberIds.stream().allMatch(this::shows);
    }

    String name(String memberId) {
        return snapshot.member(memberId).map(Member::name).orElse(null);
    }
}

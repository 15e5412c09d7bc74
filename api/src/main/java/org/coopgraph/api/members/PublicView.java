package org.coopgraph.api.members;

import org.coopgraph.api.security.Access;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * The consent rule, in one place: a PUBLIC caller sees a member only if the member gave consent to a
 * public profile. Lists leave other members out, a direct read answers 404 as if they did not exist,
 * and references to them from other entities are shown without id or name. Coordinators see everyone.
 */
public final class PublicView {

    private final boolean everyone;
    private final NetworkSnapshot snapshot;

    private PublicView(boolean everyone, NetworkSnapshot snapshot) {
        this.everyone = everyone;
        this.snapshot = snapshot;
    }

    public static PublicView of(Access access, NetworkSnapshot snapshot) {
        return new PublicView(access.seesEveryone(), snapshot);
    }

    public boolean shows(Member member) {
        return everyone || member.publicProfile();
    }

    /** Whether a reference to this member may carry its id; an id the snapshot does not know is not shown. */
    public boolean showsMember(String memberId) {
        return everyone || snapshot.member(memberId).map(Member::publicProfile).orElse(false);
    }

    /** The member as this caller may see it: whom it supplies is limited to members shown. */
    public Member member(Member m) {
        if (everyone || m.suppliesTo().stream().allMatch(this::showsMember)) {
            return m;
        }
        return new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(), m.sizeClass(), m.website(),
                m.publicProfile(), m.joined(), m.left(), m.sectors(), m.skills(), m.teaches(),
                m.suppliesTo().stream().filter(this::showsMember).toList(), m.stakes());
    }

    /** The id to show for a reference to a member, or null for the neutral placeholder. */
    public String memberIdOrNull(String memberId) {
        return showsMember(memberId) ? memberId : null;
    }
}

package org.coopgraph.api.members;

import java.util.List;
import org.coopgraph.api.regions.Page;
import org.coopgraph.model.Member;

/**
 * One page of members. {@code hiddenMembers} counts the members that match the filters but are not
 * shown to this caller (no consent to a public profile); always 0 for coordinators.
 */
record MemberPage(List<Member> items, int page, int size, long totalItems, int totalPages, int hiddenMembers) {

    static MemberPage of(Page<Member> page, int hiddenMembers) {
        return new MemberPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), hiddenMembers);
    }
}

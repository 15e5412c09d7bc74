package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * The input of the competence analysis for one year. A dated snapshot holds only the members present
 * that year, so the analysis could not see skills that left with former members; this undated
 * snapshot holds the year's network plus the members who had left by then (with their leave year),
 * and the present members without a later leave year, so "present" and "former" mean "at the end of
 * that year".
 */
final class CompetenceSnapshot {

    private CompetenceSnapshot() {
    }

    static NetworkSnapshot of(NetworkSnapshot all, NetworkSnapshot year) {
        int y = year.asOfYear().orElseThrow();
        List<Member> members = new ArrayList<>();
        for (Member m : year.members()) {
            members.add(m.left() == null ? m : new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(),
                    m.sizeClass(), m.website(), m.publicProfile(), m.joined(), null, m.sectors(), m.skills(), m.teaches(),
                    m.suppliesTo(), m.stakes()));
        }
        all.members().stream().filter(m -> m.left() != null && m.left() <= y).forEach(members::add);
        return new NetworkSnapshot(all.region(), all.dataVersion(), null, all.taxonomy(), members, year.projects(),
                year.questions(), year.ties(), year.valueChains());
    }
}

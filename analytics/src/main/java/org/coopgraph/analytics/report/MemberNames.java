package org.coopgraph.analytics.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Sector;

/**
 * The one place a report turns a member id into something it may print: the consent rule of the API's
 * PublicView (a PUBLIC report names a member only with {@code publicProfile} consent), with others
 * shown as "a member in sector X" at SBI section level. Resolves against the full snapshot, so members
 * who have since left are found too.
 */
final class MemberNames {

    static final String NO_SECTOR = "?";

    /** Named members by label, then unnamed ones by sector and helix: where a hidden member sorts never hints at its id. */
    static final Comparator<MemberRef> ORDER = Comparator.comparing((MemberRef m) -> !m.named())
            .thenComparing(MemberRef::label).thenComparing(MemberRef::sector)
            .thenComparing(m -> m.helix().ordinal()).thenComparing(m -> m.id() == null ? "" : m.id());

    private final NetworkSnapshot all;
    private final ReportView view;
    private final ReportLanguage language;

    MemberNames(NetworkSnapshot all, ReportView view, ReportLanguage language) {
        this.all = Objects.requireNonNull(all, "all");
        this.view = Objects.requireNonNull(view, "view");
        this.language = Objects.requireNonNull(language, "language");
    }

    boolean named(Member member) {
        return view == ReportView.FULL || member.publicProfile();
    }

    MemberRef ref(String memberId) {
        Member member = all.member(memberId)
                .orElseThrow(() -> new IllegalArgumentException("no member " + memberId + " in the snapshot"));
        return ref(member);
    }

    MemberRef ref(Member member) {
        String section = sectionOf(member);
        String sectorName = sectorName(section);
        if (named(member)) {
            return new MemberRef(member.id(), member.name(), true, member.name(), section, sectorName, member.helix());
        }
        String label = language.pick("een lid in sector ", "a member in sector ") + section
                + (sectorName.isEmpty() ? "" : " (" + sectorName + ")");
        return new MemberRef(null, null, false, label, section, sectorName, member.helix());
    }

    /** The members in {@link #ORDER}, at most {@code limit}. */
    List<MemberRef> refs(Collection<String> memberIds, int limit) {
        return memberIds.stream().map(this::ref).sorted(ORDER).limit(limit).toList();
    }

    String sectionOf(Member member) {
        String code = SectorLevel.SECTION.codeOf(member, all.taxonomy());
        return SectorLevel.UNKNOWN_SECTOR.equals(code) ? NO_SECTOR : code;
    }

    /** The sector's name for a chart label, or its code when the taxonomy does not name it. */
    String sectorLabel(String code) {
        String name = sectorName(code);
        return name.isEmpty() ? code : name;
    }

    /** The taxonomy's (Dutch, SBI) name of a sector code, or "" when unknown. */
    String sectorName(String code) {
        return all.sector(code).map(Sector::name).orElse("");
    }
}

package org.coopgraph.api.members;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.imports.EntityType;
import org.coopgraph.api.imports.EntityWriter;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.stereotype.Service;

/** Members of a region: filtered, paged, consent-aware reads and single-member writes. */
@Service
final class MemberService {

    private final RegionNetworks networks;
    private final EntityWriter writer;

    MemberService(RegionNetworks networks, EntityWriter writer) {
        this.networks = networks;
        this.writer = writer;
    }

    MemberPage list(String regionId, MemberQuery query, Paging paging, Access access) {
        NetworkSnapshot snapshot = networks.current(regionId);
        PublicView view = PublicView.of(access, snapshot);
        Predicate<Member> matches = matcher(snapshot, query);
        var shown = new ArrayList<Member>();
        int hidden = 0;
        for (Member member : snapshot.members()) {
            if (!matches.test(member)) {
                continue;
            }
            if (view.shows(member)) {
                shown.add(member);
            } else {
                hidden++;
            }
        }
        return MemberPage.of(paging.of(shown).map(view::member), hidden);
    }

    /** 404 for a member the caller may not see, exactly as for one that does not exist. */
    Member get(String regionId, String id, Access access) {
        NetworkSnapshot snapshot = networks.current(regionId);
        PublicView view = PublicView.of(access, snapshot);
        return snapshot.member(id).filter(view::shows).map(view::member)
                .orElseThrow(() -> new NotFoundException("member", id));
    }

    Member create(String regionId, byte[] body) {
        return writer.create(regionId, body, EntityType.MEMBER);
    }

    Member replace(String regionId, String id, byte[] body) {
        return writer.replace(regionId, id, body, EntityType.MEMBER);
    }

    /** Deletes the member with its relationships: sectors, skills, participations, ties, questions asked. */
    void delete(String regionId, String id) {
        networks.delete(regionId, EntityKind.MEMBER, id);
    }

    private static Predicate<Member> matcher(NetworkSnapshot snapshot, MemberQuery query) {
        Predicate<Member> matches = m -> true;
        if (query.sector() != null) {
            Set<String> codes = SectorScope.of(snapshot.taxonomy(), query.sector());
            matches = matches.and(m -> m.sectors().stream().anyMatch(s -> codes.contains(s.code())));
        }
        if (query.helix() != null) {
            matches = matches.and(m -> m.helix() == query.helix());
        }
        if (query.year() != null) {
            matches = matches.and(m -> m.activeIn(query.year()));
        }
        if (query.q() != null) {
            matches = matches.and(m -> m.name().toLowerCase(Locale.ROOT).contains(query.q()));
        }
        return matches;
    }
}

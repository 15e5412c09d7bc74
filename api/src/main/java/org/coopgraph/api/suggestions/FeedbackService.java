package org.coopgraph.api.suggestions;

import java.time.Year;
import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.ImportResult;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.suggestions.SuggestionViews.FeedbackRequest;
import org.coopgraph.api.suggestions.SuggestionViews.FeedbackResult;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Tie;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.port.FeedbackStore;
import org.coopgraph.model.port.FeedbackStore.Decision;
import org.coopgraph.model.port.FeedbackStore.Feedback;
import org.springframework.stereotype.Service;

/**
 * A coordinator's decision on a suggestion. The decision is stored without touching the region's data
 * version; an accepted suggestion with {@code createTie} also becomes a COLLABORATION tie from this
 * year, written through the ordinary import (so validated and versioned like any write). The tie is
 * written first: if it fails, no decision claims a tie that is not there.
 */
@Service
final class FeedbackService {

    private final RegionNetworks networks;
    private final FeedbackStore feedback;

    FeedbackService(RegionNetworks networks, FeedbackStore feedback) {
        this.networks = networks;
        this.feedback = feedback;
    }

    FeedbackResult record(String regionId, FeedbackRequest body) {
        if (body == null) {
            throw InvalidInputException.of("", "a JSON body {memberId, partnerId, decision, createTie} is required");
        }
        require(body.memberId(), "/memberId");
        require(body.partnerId(), "/partnerId");
        if (body.decision() == null) {
            throw InvalidInputException.of("/decision", "must be ACCEPTED or REJECTED");
        }
        if (body.memberId().equals(body.partnerId())) {
            throw InvalidInputException.of("/partnerId", "must differ from memberId");
        }
        boolean createTie = Boolean.TRUE.equals(body.createTie());
        if (createTie && body.decision() != Decision.ACCEPTED) {
            throw InvalidInputException.of("/createTie", "only an accepted suggestion can become a tie");
        }
        NetworkSnapshot snapshot = networks.current(regionId);
        present(snapshot, body.memberId(), "/memberId");
        present(snapshot, body.partnerId(), "/partnerId");
        long version = snapshot.dataVersion();
        boolean tieCreated = false;
        if (createTie && !collaborating(snapshot, body.memberId(), body.partnerId())) {
            Tie tie = new Tie(body.memberId(), body.partnerId(), TieKind.COLLABORATION, Year.now().getValue(), null, 1.0);
            ImportResult result = networks.importDocument(regionId,
                    new RegionDocument(null, null, null, null, null, null, null, List.of(tie), null));
            version = result.dataVersion();
            tieCreated = result.changed();
        }
        feedback.record(regionId, new Feedback(body.memberId(), body.partnerId(), body.decision()));
        return new FeedbackResult(regionId, body.memberId(), body.partnerId(), body.decision(), tieCreated, version);
    }

    private static void require(String value, String location) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(location, "is required");
        }
    }

    private static void present(NetworkSnapshot snapshot, String memberId, String location) {
        Member member = snapshot.member(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        if (member.hasLeft()) {
            throw InvalidInputException.of(location, "'" + memberId + "' has left the cooperative");
        }
    }

    private static boolean collaborating(NetworkSnapshot snapshot, String a, String b) {
        return snapshot.ties().stream().anyMatch(t -> t.kind() == TieKind.COLLABORATION
                && ((t.fromId().equals(a) && t.toId().equals(b)) || (t.fromId().equals(b) && t.toId().equals(a))));
    }
}

package org.coopgraph.api.questions;

import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.imports.EntityType;
import org.coopgraph.api.imports.EntityWriter;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.EntityKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.springframework.stereotype.Service;

/** Members' questions and wishes; the asker is shown as {@link PublicView} allows. */
@Service
final class QuestionService {

    private final RegionNetworks networks;
    private final EntityWriter writer;

    QuestionService(RegionNetworks networks, EntityWriter writer) {
        this.networks = networks;
        this.writer = writer;
    }

    Page<QuestionView> list(String regionId, QuestionQuery query, Paging paging, Access access) {
        NetworkSnapshot snapshot = networks.current(regionId);
        if (query.theme() != null && snapshot.theme(query.theme()).isEmpty()) {
            throw InvalidInputException.of("theme", "is not a known theme id (was \"" + query.theme() + "\")");
        }
        PublicView view = PublicView.of(access, snapshot);
        return paging.of(snapshot.questions().stream().filter(query::matches).toList()).map(q -> QuestionView.of(q, view));
    }

    QuestionView get(String regionId, String id, Access access) {
        NetworkSnapshot snapshot = networks.current(regionId);
        Question question = snapshot.question(id).orElseThrow(() -> new NotFoundException("question", id));
        return QuestionView.of(question, PublicView.of(access, snapshot));
    }

    Question create(String regionId, byte[] body) {
        return writer.create(regionId, body, EntityType.QUESTION);
    }

    Question replace(String regionId, String id, byte[] body) {
        return writer.replace(regionId, id, body, EntityType.QUESTION);
    }

    void delete(String regionId, String id) {
        networks.delete(regionId, EntityKind.QUESTION, id);
    }
}

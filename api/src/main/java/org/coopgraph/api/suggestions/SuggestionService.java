package org.coopgraph.api.suggestions;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.coopgraph.analytics.suggestions.Contribution;
import org.coopgraph.analytics.suggestions.Suggestion;
import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.analytics.suggestions.SuggestionRequest;
import org.coopgraph.analytics.suggestions.SuggestionScorer;
import org.coopgraph.analytics.suggestions.SuggestionWeights;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.api.suggestions.SuggestionViews.CandidateView;
import org.coopgraph.api.suggestions.SuggestionViews.ComponentView;
import org.coopgraph.api.suggestions.SuggestionViews.MemberSuggestions;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.port.FeedbackStore;
import org.springframework.stereotype.Service;

/**
 * Partner suggestions for one member: the region's weights, the caller's filters, partners rejected
 * before left out, and for a public caller only consenting members (as the member asked about, as
 * candidates and as partners named in evidence).
 */
@Service
final class SuggestionService {

    private final RegionNetworks networks;
    private final SuggestionContexts contexts;
    private final FeedbackStore feedback;
    private final SuggestionSettings settings;

    SuggestionService(RegionNetworks networks, SuggestionContexts contexts, FeedbackStore feedback, SuggestionSettings settings) {
        this.networks = networks;
        this.contexts = contexts;
        this.feedback = feedback;
        this.settings = settings;
    }

    MemberSuggestions forMember(String regionId, String memberId, SuggestionQuery query, Access access, Language language) {
        NetworkSnapshot snapshot = networks.at(regionId, query.year());
        PublicView view = PublicView.of(access, snapshot);
        snapshot.member(memberId).filter(view::shows).orElseThrow(() -> new NotFoundException("member", memberId));
        Predicate<Member> filter = query.sectorAndHelix(snapshot.taxonomy()).and(view::shows);
        SuggestionContext context = contexts.of(snapshot);
        if (query.theme() != null) {
            filter = filter.and(m -> context.hasTheme(context.node(m.id()), query.theme()));
        }
        Set<String> rejected = feedback.rejectedPartners(regionId, memberId);
        SuggestionWeights weights = settings.weightsFor(regionId);
        List<Suggestion> suggestions = new SuggestionScorer(context, weights)
                .suggest(memberId, new SuggestionRequest(query.limit(), filter, rejected));
        Names names = new Names(snapshot, view, language);
        return new MemberSuggestions(regionId, memberId, language.tag(), query.limit(), weights,
                suggestions.stream().map(s -> candidate(context, s, names)).toList());
    }

    private static CandidateView candidate(SuggestionContext context, Suggestion s, Names names) {
        Member m = context.member(context.node(s.candidateId()));
        List<ComponentView> components = s.contributions().stream().map(c -> new ComponentView(c.component(), c.weight(),
                c.raw(), c.value(), EvidenceText.views(c.evidence(), names))).toList();
        // The strongest reasons first; equal ones keep the component order.
        List<String> explanation = s.contributions().stream().filter(c -> c.value() > 0)
                .sorted(Comparator.comparingDouble((Contribution c) -> -c.value()))
                .flatMap(c -> c.evidence().stream().map(e -> EvidenceText.text(e, names))).toList();
        return new CandidateView(m.id(), m.name(), m.helix(), context.sector(context.node(m.id())), s.total(),
                components, explanation);
    }
}

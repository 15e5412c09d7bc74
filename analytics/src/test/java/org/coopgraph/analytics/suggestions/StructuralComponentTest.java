package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;

class StructuralComponentTest {

    private final SuggestionContext context = HandNetwork.context();
    private final StructuralComponent adamicAdar = new StructuralComponent(StructuralComponent.Index.ADAMIC_ADAR);
    private final StructuralComponent resourceAllocation = new StructuralComponent(StructuralComponent.Index.RESOURCE_ALLOCATION);

    @Test
    void adamicAdarSumsOneOverLogDegreeOfEachSharedPartner() {
        // a and b share c (degree 2) and d (degree 3): 1/ln 2 + 1/ln 3.
        ComponentScore score = adamicAdar.score(context, node("a"), node("b"));
        assertEquals(1 / Math.log(2) + 1 / Math.log(3), score.value(), 1e-12);
        assertEquals(2.352934267515801, score.value(), 1e-12);
        assertEquals(1 / Math.log(3), adamicAdar.score(context, node("a"), node("e")).value(), 1e-12);
    }

    @Test
    void resourceAllocationSumsOneOverDegree() {
        assertEquals(0.5 + 1.0 / 3, resourceAllocation.score(context, node("a"), node("b")).value(), 1e-12);
    }

    @Test
    void evidenceNamesTheMostSpecificPartnerFirstWithHowEachSideIsLinked() {
        List<Evidence> evidence = adamicAdar.score(context, node("a"), node("b")).evidence();
        assertThat(evidence).extracting(Evidence::code).containsOnly(EvidenceCode.SHARED_PARTNER);
        assertThat(evidence).extracting(e -> e.ids().get(0)).containsExactly("c", "d");
        assertThat(evidence.get(0).params()).containsEntry("memberVia", "tie:COLLABORATION")
                .containsEntry("candidateVia", "tie:COLLABORATION").containsEntry("weight", "1.4427")
                .containsEntry("sharedPartners", "2");
    }

    @Test
    void scoreAllAgreesWithThePairScoreForEveryNode() {
        for (StructuralComponent component : List.of(adamicAdar, resourceAllocation)) {
            for (int a = 0; a < context.size(); a++) {
                double[] values = new double[context.size()];
                component.scoreAll(context, a, values);
                for (int b = 0; b < context.size(); b++) {
                    if (b != a) {
                        assertEquals(component.score(context, a, b).value(), values[b], 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void membersWithoutSharedPartnersScoreNothing() {
        assertThat(adamicAdar.score(context, node("a"), node("f"))).isEqualTo(ComponentScore.NONE);
        assertThat(adamicAdar.score(context, node("a"), node("a"))).isEqualTo(ComponentScore.NONE);
    }

    @Test
    void emptyAndSingleMemberRegionsHaveNothingToWalk() {
        var empty = SuggestionContext.of(NetworkSnapshot.empty(new Region("r", "R", null), Taxonomy.EMPTY));
        assertThat(empty.size()).isZero();
        var one = SuggestionContext.of(new NetworkSnapshot(new Region("r", "R", null), 1, null, Taxonomy.EMPTY,
                List.of(HandNetwork.member("solo", org.coopgraph.model.Helix.INDUSTRY, null, List.of(), List.of(), null)),
                List.of(), List.of(), List.of(), List.of()));
        double[] values = new double[1];
        adamicAdar.scoreAll(one, 0, values);
        assertEquals(0.0, values[0], 0.0);
    }

    @Test
    void matchesTheTextbookAdamicAdarOnAStar() {
        // A star of 5 leaves around hub h: any two leaves share only h (degree 5): 1/ln 5.
        var graph = CollaborationGraph.fromEdges(List.of("h", "l1", "l2", "l3", "l4", "l5"),
                List.of(new String[] {"h", "l1"}, new String[] {"h", "l2"}, new String[] {"h", "l3"},
                        new String[] {"h", "l4"}, new String[] {"h", "l5"}), null);
        assertEquals(5, graph.degree(graph.index("h")));
        assertEquals(1 / Math.log(5), adamicAdar.share(5), 1e-15);
    }

    private int node(String id) {
        return context.node(id);
    }
}

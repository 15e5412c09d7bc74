package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.network.Networks.member;
import static org.coopgraph.api.network.Networks.tie;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * a and b consent; c and d (machines, 28 and 28.1) and e (food, 10) do not; f has no sector and no
 * consent. Ties: a-b, a-c, c-d, d-e, b-e; a and b also share a project in 2020-2021.
 */
class ConsentFoldingTest {

    private static final NetworkSnapshot SNAPSHOT = Networks.snapshot(List.of(
                    member("a", "Alpha", Helix.INDUSTRY, "28", true), member("b", "Beta", Helix.EDUCATION, "85", true),
                    member("c", "Gamma", Helix.INDUSTRY, "28", false), member("d", "Delta", Helix.FINANCE, "28.1", false),
                    member("e", "Epsilon", Helix.INDUSTRY, "10", false), member("f", "Phi", Helix.GOVERNMENT, null, false)),
            List.of(tie("a", "b", TieKind.COLLABORATION, 2019, 2020, 2.0), tie("a", "c", TieKind.SUPPLY, 2021, null, 1.0),
                    tie("c", "d", TieKind.MENTORING, null, null, 1.0), tie("d", "e", TieKind.COLLABORATION, 2020, 2020, 1.0),
                    tie("b", "e", TieKind.FINANCING, 2022, 2022, 1.0)),
            List.of(new Project("p1", "Pilot", 2020, 2021, null, List.of(new Participation("a", ParticipationRole.LEAD, null, null),
                    new Participation("b", ParticipationRole.PARTNER, null, null)), List.of(), List.of())));

    private static ConsentFolding.Folded fold(NetworkQuery query) {
        return ConsentFolding.fold(MemberNetwork.of(SNAPSHOT), query, new SectorGroups(SNAPSHOT.taxonomy()));
    }

    private static Map<String, NetNode> byId(ConsentFolding.Folded folded) {
        return folded.nodes().stream().collect(Collectors.toMap(NetNode::id, n -> n));
    }

    @Test
    void publicViewFoldsNonConsentingMembersIntoOneNodePerDivision() {
        var folded = fold(NetworkQuery.unfiltered(View.PUBLIC, null));
        var nodes = byId(folded);
        assertThat(folded.nodes()).extracting(NetNode::id).containsExactly("a", "b", "sector:10", "sector:28", "sector:none");
        assertThat(folded.hidden()).isEqualTo(4);
        NetNode machines = nodes.get("sector:28");
        assertThat(machines.label()).isEqualTo("2 members in C28 Vervaardiging van machines");
        assertThat(machines.members()).isEqualTo(2);
        assertThat(machines.internalTies()).isEqualTo(1);            // c-d
        assertThat(machines.helix()).isEqualTo("MIXED");             // industry and finance
        assertThat(machines.municipality()).isNull();
        assertThat(machines.website()).isNull();
        assertThat(nodes.get("sector:none").label()).isEqualTo("1 member without a sector");
        assertThat(nodes.get("sector:10").helix()).isEqualTo("INDUSTRY");
    }

    @Test
    void publicViewKeepsTiesAsCountedEdgesBetweenTheNodesTheyFoldInto() {
        var edges = fold(NetworkQuery.unfiltered(View.PUBLIC, null)).edges();
        assertThat(edges).extracting(e -> e.source() + "-" + e.target() + " w" + e.weight() + " t" + e.ties())
                .containsExactly("a-b w3.0 t1", "a-sector:28 w1.0 t1", "b-sector:10 w1.0 t1", "sector:10-sector:28 w1.0 t1");
        NetEdge ab = edges.get(0);
        assertThat(ab.kinds()).containsExactly("COLLABORATION", "PROJECT");
        assertThat(ab.years()).isEqualTo("2019-2021");               // tie 2019-2020, shared project 2020-2021
        assertThat(ab.projects()).isEqualTo(1);
    }

    @Test
    void fullViewShowsEveryMemberByName() {
        var folded = fold(NetworkQuery.unfiltered(View.FULL, null));
        assertThat(folded.nodes()).extracting(NetNode::label).containsExactly("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Phi");
        assertThat(folded.edges()).hasSize(5);
        assertThat(folded.hidden()).isZero();
        assertThat(byId(folded).get("c").website()).isEqualTo("https://c.example");
        assertThat(byId(folded).get("a").degree()).isEqualTo(2);
    }

    @Test
    void aSectorFilterKeepsMembersUnderTheSectorAndOnlyTheirTies() {
        var folded = fold(new NetworkQuery(View.PUBLIC, null, "28", null, null, Lang.NL, null));
        assertThat(folded.nodes()).extracting(NetNode::id).containsExactly("a", "sector:28");
        assertThat(byId(folded).get("sector:28").label()).isEqualTo("2 leden in C28 Vervaardiging van machines");
        assertThat(folded.edges()).extracting(NetEdge::source, NetEdge::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", "sector:28"));
    }

    @Test
    void aHelixFilterAppliesBeforeFolding() {
        var folded = fold(new NetworkQuery(View.PUBLIC, null, null, Helix.INDUSTRY, null, null, null));
        assertThat(folded.nodes()).extracting(NetNode::id).containsExactly("a", "sector:10", "sector:28");
        assertThat(byId(folded).get("sector:28").members()).isEqualTo(1);   // d is finance
        assertThat(byId(folded).get("sector:28").helix()).isEqualTo("INDUSTRY");
    }

    @Test
    void anAggregateIdNeverTakesAMembersId() {
        var snapshot = Networks.snapshot(List.of(member("sector:28", "Odd", Helix.INDUSTRY, "28", true),
                member("x", "Hidden", Helix.INDUSTRY, "28", false)), List.of(), List.of());
        var folded = ConsentFolding.fold(MemberNetwork.of(snapshot), NetworkQuery.unfiltered(View.PUBLIC, null),
                new SectorGroups(snapshot.taxonomy()));
        assertThat(folded.nodes()).extracting(NetNode::id).containsExactly("sector:28", "sector:28_");
    }

    @Test
    void anEmptyRegionGivesAnEmptyGraph() {
        var folded = ConsentFolding.fold(MemberNetwork.of(Networks.snapshot(List.of(), List.of(), List.of())),
                NetworkQuery.unfiltered(View.PUBLIC, null), new SectorGroups(Networks.TAXONOMY));
        assertThat(folded.nodes()).isEmpty();
        assertThat(folded.edges()).isEmpty();
    }
}

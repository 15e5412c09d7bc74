package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.coopgraph.analytics.agenda.AgendaNetworks.stake;
import static org.coopgraph.model.Helix.CIVIL_SOCIETY;
import static org.coopgraph.model.Helix.EDUCATION;
import static org.coopgraph.model.Helix.FINANCE;
import static org.coopgraph.model.Helix.GOVERNMENT;
import static org.coopgraph.model.Helix.INDUSTRY;
import static org.coopgraph.model.Stance.NEUTRAL;
import static org.coopgraph.model.Stance.OPPOSES;
import static org.coopgraph.model.Stance.SUPPORTS;

import java.util.List;
import org.coopgraph.analytics.agenda.StakeholderMap.Broker;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflict;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.model.QuestionStatus;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked theme "t": supporters s1 (5/5), s2 (4/2), s3 (3/4), s4 (1/1); opponents o1 (5/4),
 * o2 (2/4); neutral n1 (5/3). Collaboration: s1-s2, s2-o1, s3-b1, b1-o2, and s2-x through project p.
 */
class StakeholderAnalysisTest {

    static AgendaNetworks theme() {
        return AgendaNetworks.network("t", "empty")
                .skill("k0", null).skill("k1", null).skill("k2", "k0")
                .member("s1", GOVERNMENT, stake("t", 5, 5, SUPPORTS))
                .member("s2", INDUSTRY, stake("t", 4, 2, SUPPORTS))
                .member("s3", FINANCE, stake("t", 3, 4, SUPPORTS))
                .member("s4", INDUSTRY, stake("t", 1, 1, SUPPORTS))
                .member("o1", CIVIL_SOCIETY, stake("t", 5, 4, OPPOSES))
                .member("o2", CIVIL_SOCIETY, stake("t", 2, 4, OPPOSES))
                .member("n1", INDUSTRY, stake("t", 5, 3, NEUTRAL))
                .member("b1", INDUSTRY, null, List.of("k0"), List.of())
                .member("x", EDUCATION, null, List.of(), List.of("k1"))
                .member("e2", EDUCATION)
                .tie("s1", "s2").tie("s2", "o1").tie("s3", "b1").tie("b1", "o2")
                .project("p", 2024, "t", List.of("s2", "x"), "k2", "5")
                .question("q1", "s3", "2024-03-01", QuestionStatus.OPEN, "t", "k1");
    }

    @Test
    void placesEveryStakeOnTheGridAndInASalienceClass() {
        var map = StakeholderAnalysis.analyse(theme().inputs(), "t", 2);

        assertThat(map.stakeholders()).extracting(Stakeholder::memberId, Stakeholder::grid, Stakeholder::salience).containsExactly(
                tuple("n1", GridPosition.KEEP_INFORMED, SalienceClass.DEMANDING),
                tuple("o1", GridPosition.MANAGE_CLOSELY, SalienceClass.DANGEROUS),
                tuple("o2", GridPosition.KEEP_SATISFIED, SalienceClass.DORMANT),
                tuple("s1", GridPosition.MANAGE_CLOSELY, SalienceClass.DEFINITIVE),
                tuple("s2", GridPosition.KEEP_INFORMED, SalienceClass.DISCRETIONARY),
                tuple("s3", GridPosition.KEEP_SATISFIED, SalienceClass.DEFINITIVE),
                tuple("s4", GridPosition.MONITOR, SalienceClass.NON_SALIENT));
    }

    @Test
    void coalitionsKnowWhichOfTheirMembersAreAlreadyTied() {
        var map = StakeholderAnalysis.analyse(theme().inputs(), "t", 2);

        assertThat(map.supporters().members()).containsExactly("s1", "s2", "s3", "s4");
        assertThat(map.supporters().pairs()).isEqualTo(6);
        assertThat(map.supporters().tiedPairs()).containsExactly(List.of("s1", "s2"));
        assertThat(map.supporters().clusters()).containsExactly(List.of("s1", "s2"), List.of("s3"), List.of("s4"));
        assertThat(map.supporters().tied()).isFalse();
        assertThat(map.opponents().clusters()).containsExactly(List.of("o1"), List.of("o2"));
        assertThat(map.opponents().tied()).isFalse();

        var tiedOpponents = StakeholderAnalysis.analyse(theme().tie("o1", "o2").inputs(), "t", 2).opponents();
        assertThat(tiedOpponents.tied()).isTrue();
        assertThat(tiedOpponents.tiedPairCount()).isEqualTo(1);
    }

    @Test
    void splitsConflictsIntoChannelsPairsWithinReachAndPairsThatNeedABroker() {
        var map = StakeholderAnalysis.analyse(theme().inputs(), "t", 2);

        assertThat(map.collaborating().listed()).containsExactly(new Conflict("s2", "o1", 28, 1, List.of(), List.of(), 0));
        assertThat(map.withinReach().listed()).containsExactly(
                new Conflict("s1", "o1", 45, 2, List.of("s2"), List.of(), 0),
                new Conflict("s3", "o2", 20, 2, List.of("b1"), List.of(), 0));
        assertThat(map.needBroker().total()).isEqualTo(5);
        assertThat(map.needBroker().listed()).extracting(Conflict::supporterId, Conflict::opponentId, Conflict::tension)
                .containsExactly(tuple("s1", "o2", 33), tuple("s3", "o1", 32),
                        tuple("s4", "o1", 21), tuple("s2", "o2", 16),
                        tuple("s4", "o2", 9));
    }

    @Test
    void namesBrokersTiedToBothSidesThoseTiedToThePairAndThoseWithoutASideFirst() {
        var far = StakeholderAnalysis.analyse(theme().inputs(), "t", 2).needBroker().listed();
        var b1 = new Broker("b1", null, true, List.of("s3"), List.of("o2"));
        var s2 = new Broker("s2", SUPPORTS, true, List.of("s1"), List.of("o1"));

        assertThat(far.get(0).brokers()).containsExactly(b1, s2);
        assertThat(far.get(1).brokers()).containsExactly(b1, s2);
        assertThat(far.get(2).brokers()).containsExactly(                      // s4-o1: s2 is tied to o1
                s2, new Broker("b1", null, false, List.of("s3"), List.of("o2")));
        assertThat(far.get(3).brokers()).containsExactly(b1);                  // s2-o2: never the pair itself
        assertThat(far.get(3).brokerCount()).isEqualTo(1);
        assertThat(far.get(4).brokers()).extracting(Broker::memberId, Broker::tiedToPair)
                .containsExactly(tuple("b1", true), tuple("s2", false));
    }

    @Test
    void aSmallerHopLimitMovesPairsWithinReachToNeedingABroker() {
        var map = StakeholderAnalysis.analyse(theme().inputs(), "t", 1);
        assertThat(map.collaborating().total()).isEqualTo(1);
        assertThat(map.withinReach().total()).isZero();
        assertThat(map.needBroker().total()).isEqualTo(7);
    }

    @Test
    void aThemeWithoutStakesGivesAnEmptyButWellFormedMap() {
        var map = StakeholderAnalysis.analyse(theme().inputs(), "empty", 2);
        assertThat(map.stakeholders()).isEmpty();
        assertThat(map.supporters().members()).isEmpty();
        assertThat(map.supporters().clusters()).isEmpty();
        assertThat(map.supporters().tied()).isFalse();
        assertThat(map.collaborating().total() + map.withinReach().total() + map.needBroker().total()).isZero();
    }

    @Test
    void listsAtMostTwoHundredPairsPerClassHighestTensionFirstWithTheFullCount() {
        var network = AgendaNetworks.network("t");
        for (int i = 0; i < 15; i++) {
            network.member(String.format("s%02d", i), INDUSTRY, stake("t", 1 + i % 5, 1 + i / 5, SUPPORTS));
            network.member(String.format("o%02d", i), INDUSTRY, stake("t", 1 + i % 5, 1 + i / 5, OPPOSES));
        }
        var far = StakeholderAnalysis.analyse(network.inputs(), "t", 2).needBroker();

        assertThat(far.total()).isEqualTo(225);
        assertThat(far.listed()).hasSize(AgendaRules.MAX_LISTED);
        assertThat(far.listed().get(0)).extracting(Conflict::supporterId, Conflict::opponentId, Conflict::tension)
                .containsExactly("s14", "o14", 30);                            // 5 x 3 on both sides
        assertThat(far.listed()).extracting(Conflict::tension).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Worked out by sorting all 225 sums: the 200th is s10-o10 (3 + 3), the first left out s00-o03 (1 + 4).
        assertThat(far.listed().get(199)).extracting(Conflict::supporterId, Conflict::opponentId, Conflict::tension)
                .containsExactly("s10", "o10", 6);
    }

    @Test
    void rejectsAHopLimitOutsideOneToSix() {
        var inputs = theme().inputs();
        assertThatThrownBy(() -> StakeholderAnalysis.analyse(inputs, "t", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StakeholderAnalysis.analyse(inputs, "t", 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asOfAYearOnlyMembersPresentThenHoldStakes() {
        var inputs = AgendaNetworks.network("t")
                .member("old", INDUSTRY, 2019, List.of(), List.of(), stake("t", 4, 4, SUPPORTS))
                .member("new", INDUSTRY, 2024, List.of(), List.of(), stake("t", 4, 4, OPPOSES)).inputs(2023);
        var map = StakeholderAnalysis.analyse(inputs, "t", 2);
        assertThat(map.stakeholders()).extracting(Stakeholder::memberId).containsExactly("old");
        assertThat(map.needBroker().total()).isZero();
    }
}

package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflict;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Stance;
import org.junit.jupiter.api.Test;

/** Seeded random regions (at most 14 members, so every conflict is listed) and one stance flip each. */
class StakeholderPropertiesTest {

    private static final int RUNS = 300;

    /** Pair "a|b" (a before b) to its class: "S" or "O" coalition, or the conflict's hop count ("far" beyond k). */
    private static Map<String, String> classes(StakeholderMap map) {
        Map<String, String> result = new HashMap<>();
        coalitionPairs(map.supporters().members(), "S", result);
        coalitionPairs(map.opponents().members(), "O", result);
        Stream.of(map.collaborating(), map.withinReach(), map.needBroker()).flatMap(c -> c.listed().stream())
                .forEach(c -> result.put(key(c.supporterId(), c.opponentId()), c.hops() == null ? "far" : "hops " + c.hops()));
        return result;
    }

    private static void coalitionPairs(List<String> members, String label, Map<String, String> into) {
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                into.put(key(members.get(a), members.get(b)), label);
            }
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static AgendaNetworks random(Random rnd, int n, Map<String, Stance> stances) {
        var network = AgendaNetworks.network("t");
        for (int i = 0; i < n; i++) {
            String id = String.format("m%02d", i);
            Stance stance = stances.get(id);
            Helix helix = Helix.values()[rnd.nextInt(Helix.values().length)];
            if (stance == null) {
                network.member(id, helix);
            } else {
                network.member(id, helix, AgendaNetworks.stake("t", 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), stance));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rnd.nextDouble() < 0.15) {
                    network.tie(String.format("m%02d", i), String.format("m%02d", j));
                }
            }
        }
        return network;
    }

    @Test
    void flippingOneStanceMovesOnlyThatMembersPairsBetweenCoalitionAndConflict() {
        Random seeds = new Random(20240601L);
        for (int run = 0; run < RUNS; run++) {
            long seed = seeds.nextLong();
            Random rnd = new Random(seed);
            int n = 2 + rnd.nextInt(13);
            int k = 1 + rnd.nextInt(3);
            Map<String, Stance> stances = new HashMap<>();
            var sided = new ArrayList<String>();
            for (int i = 0; i < n; i++) {
                double r = rnd.nextDouble();
                if (r < 0.85) {
                    Stance s = r < 0.45 ? Stance.SUPPORTS : r < 0.7 ? Stance.OPPOSES : Stance.NEUTRAL;
                    stances.put(String.format("m%02d", i), s);
                    if (s != Stance.NEUTRAL) {
                        sided.add(String.format("m%02d", i));
                    }
                }
            }
            if (sided.isEmpty()) {
                continue;
            }
            String flipped = sided.get(rnd.nextInt(sided.size()));
            long graphSeed = rnd.nextLong();
            var before = StakeholderAnalysis.analyse(random(new Random(graphSeed), n, stances).inputs(), "t", k);
            stances.put(flipped, stances.get(flipped) == Stance.SUPPORTS ? Stance.OPPOSES : Stance.SUPPORTS);
            var after = StakeholderAnalysis.analyse(random(new Random(graphSeed), n, stances).inputs(), "t", k);

            Map<String, String> was = classes(before);
            Map<String, String> now = classes(after);
            assertThat(now.keySet()).as("seed %d", seed).isEqualTo(was.keySet());
            for (String pair : was.keySet()) {
                boolean involved = List.of(pair.split("\\|")).contains(flipped);
                boolean wasConflict = !was.get(pair).equals("S") && !was.get(pair).equals("O");
                boolean isConflict = !now.get(pair).equals("S") && !now.get(pair).equals("O");
                if (involved) {
                    assertThat(isConflict).as("seed %d pair %s", seed, pair).isNotEqualTo(wasConflict);
                } else {
                    assertThat(now.get(pair)).as("seed %d pair %s", seed, pair).isEqualTo(was.get(pair));
                }
            }
            assertThat(after.stakeholders()).as("seed %d", seed).hasSameSizeAs(before.stakeholders());
            for (int i = 0; i < after.stakeholders().size(); i++) {
                assertThat(after.stakeholders().get(i).grid()).isEqualTo(before.stakeholders().get(i).grid());
                assertThat(after.stakeholders().get(i).salience()).isEqualTo(before.stakeholders().get(i).salience());
            }
        }
    }

    @Test
    void everyConflictIsClassifiedOnceAndPathsMatchTheirHopCount() {
        Random seeds = new Random(77L);
        for (int run = 0; run < RUNS; run++) {
            long seed = seeds.nextLong();
            Random rnd = new Random(seed);
            int n = 2 + rnd.nextInt(13);
            int k = 1 + rnd.nextInt(3);
            Map<String, Stance> stances = new HashMap<>();
            for (int i = 0; i < n; i++) {
                stances.put(String.format("m%02d", i), Stance.values()[rnd.nextInt(3)]);
            }
            var map = StakeholderAnalysis.analyse(random(rnd, n, stances).inputs(), "t", k);
            long s = map.supporters().members().size();
            long o = map.opponents().members().size();
            assertThat((long) map.collaborating().total() + map.withinReach().total() + map.needBroker().total())
                    .as("seed %d", seed).isEqualTo(s * o);
            for (Conflict c : map.withinReach().listed()) {
                assertThat(c.hops()).as("seed %d", seed).isBetween(2, k);
                assertThat(c.via()).as("seed %d", seed).hasSize(c.hops() - 1);
            }
            for (Conflict c : map.needBroker().listed()) {
                assertThat(c.brokers()).extracting(b -> b.memberId()).doesNotContain(c.supporterId(), c.opponentId());
            }
        }
    }
}

package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.coopgraph.analytics.RandomSkillNetworks;
import org.coopgraph.analytics.competences.CompetenceAnalysis;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.junit.jupiter.api.Test;

/** The agenda's cheap supply counts equal the competence balance's on seeded random networks. */
class SkillSupplyTest {

    @Test
    void countsTheSameSuppliersAsTheCompetenceBalance() {
        Random seeds = new Random(4242L);
        for (int run = 0; run < 200; run++) {
            long seed = seeds.nextLong() & Long.MAX_VALUE; // the generator uses the seed as data version
            var snapshot = RandomSkillNetworks.region(seed, 10 + new Random(seed).nextInt(60), 40);
            var supply = SkillSupply.of(snapshot);
            for (SkillBalance line : CompetenceAnalysis.analyse(snapshot).skills()) {
                assertThat(supply.direct(line.skillId())).as("seed %d %s", seed, line.skillId()).isEqualTo(line.supply().suppliers());
                assertThat(supply.related(line.skillId())).as("seed %d %s", seed, line.skillId())
                        .isEqualTo(line.supply().partialSuppliers());
            }
        }
    }
}

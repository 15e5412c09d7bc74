package org.coopgraph.analytics.suggestions.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coopgraph.analytics.suggestions.SuggestionWeights;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/**
 * A generated region whose future is known by construction: four hubs with four partners each by
 * 2018; in 2023-2024 every two partners of the same hub start working together (triadic closure).
 * Shared-partner predictors must then find every new link and nothing else; preferential
 * attachment, which favours the other hubs, must not.
 */
class LinkPredictionEvaluationTest {

    @Test
    void sharedPartnerPredictorsFindAPlantedTriadicClosureExactly() {
        EvaluationReport report = LinkPredictionEvaluation.evaluate("planted", planted(), 2022, 2, 3,
                Baselines.all(SuggestionWeights.DEFAULTS, 7));
        assertEquals(20, report.members());
        assertEquals(16, report.historyLinks());
        assertEquals(24, report.futureLinks());
        assertEquals(16, report.queryMembers());
        for (String perfect : new String[] {"coopgraph combined", "Adamic-Adar", "common neighbours"}) {
            EvaluationReport.Row row = report.row(perfect);
            // Each partner gains exactly its 3 fellow partners, ranked first: P@3 = R@3 = MAP = AUC = 1.
            assertEquals(1.0, row.precisionAtK(), 1e-12, perfect);
            assertEquals(1.0, row.recallAtK(), 1e-12, perfect);
            assertEquals(1.0, row.map(), 1e-12, perfect);
            assertEquals(1.0, row.auc(), 1e-12, perfect);
        }
        // Preferential attachment puts the three other hubs (degree 4) first: no hit in the top 3.
        assertEquals(0.0, report.row("preferential attachment").precisionAtK(), 1e-12);
        assertThat(report.row("random").auc()).isBetween(0.0, 1.0).isLessThan(1.0);
        assertThat(report.format()).contains("new links in 2023-2024").contains("Adamic-Adar");
    }

    @Test
    void theSameDataGivesTheSameReport() {
        var predictors = Baselines.all(SuggestionWeights.DEFAULTS, 7);
        assertEquals(LinkPredictionEvaluation.evaluate("x", planted(), 2022, 2, 5, predictors),
                LinkPredictionEvaluation.evaluate("x", planted(), 2022, 2, 5, predictors));
    }

    static NetworkSnapshot planted() {
        Dated d = new Dated();
        for (int h = 0; h < 4; h++) {
            d.member("h" + h, 2015);
            for (int p = 0; p < 4; p++) {
                d.member("p" + h + p, 2015).tie("h" + h, "p" + h + p, 2018);
            }
            for (int p = 0; p < 4; p++) {
                for (int q = p + 1; q < 4; q++) {
                    d.tie("p" + h + p, "p" + h + q, 2023 + (p + q) % 2);
                }
            }
        }
        return d.snapshot();
    }
}

package org.coopgraph.analytics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.report.BrokersSection.CutPoint;
import org.coopgraph.analytics.report.CompetencesSection.CompetencesYear;
import org.coopgraph.analytics.report.CrossSectorSection.CrossSectorYear;
import org.coopgraph.analytics.report.CrossSectorSection.PairCount;
import org.coopgraph.analytics.report.RobustnessSection.Curve;
import org.coopgraph.analytics.report.RobustnessSection.RobustnessYear;

/**
 * Recommended actions, each from one documented rule over the report's own numbers (so a reader can
 * check it against the sections), in this order, at most {@link #PER_RULE} per rule:
 * <ol>
 * <li>SECOND_BROKER: a cut point that cuts off at least {@link #MIN_CUT_OFF} members (most first);</li>
 * <li>RECRUIT_SKILL: a demanded skill no present member supplies (highest demand first);</li>
 * <li>TRAIN_THIN_SKILL: a skill with one supplier and a known trainer; SECOND_SUPPLIER without trainer;</li>
 * <li>MATCHMAKING: two divisions with members on both sides and no tie (largest pairs first);</li>
 * <li>FILL_CHAIN_STEP: a value-chain step no member covers;</li>
 * <li>ROBUSTNESS_FELL: R fell by more than {@link #R_DROP} under some strategy since the previous year;</li>
 * <li>EI_FELL: the sector E-I index fell by more than {@link #EI_DROP} since the previous year;</li>
 * <li>OPEN_QUESTIONS: at least {@link #MIN_OPEN} questions open at year end and more open than answered in the year.</li>
 * </ol>
 */
final class Recommendations {

    static final int PER_RULE = 3;
    static final int MIN_CUT_OFF = 2;
    static final double R_DROP = 0.02;
    static final double EI_DROP = 0.05;
    static final int MIN_OPEN = 3;

    private final RecommendationTexts texts;
    private final List<Recommendation> out = new ArrayList<>();

    private Recommendations(ReportLanguage language) {
        this.texts = new RecommendationTexts(language);
    }

    /** {@code divisionMembers}: present members per SBI division in the report year (for matchmaking figures). */
    static List<Recommendation> of(RegionReport report, Map<String, Integer> divisionMembers, ReportLanguage language) {
        var rules = new Recommendations(language);
        rules.brokers(report.brokers().year().cutPoints());
        rules.skills(report.competences().year());
        rules.matchmaking(report.crossSector().year(), divisionMembers);
        report.valueChains().year().chains().forEach(chain -> chain.uncovered().stream().limit(PER_RULE)
                .forEach(step -> rules.add("FILL_CHAIN_STEP", rules.texts.fillChainStep(step.name(), chain.name()),
                        figure("coveredSteps", chain.coveredSteps()), figure("steps", chain.steps()))));
        rules.robustness(report.robustness().year(), report.robustness().previous());
        rules.ei(report.crossSector().year(), report.crossSector().previous());
        var questions = report.questions().year();
        if (questions.open() >= MIN_OPEN && questions.open() > questions.answered()) {
            rules.add("OPEN_QUESTIONS", rules.texts.openQuestions(questions.open(), questions.answered()),
                    figure("open", questions.open()), figure("answered", questions.answered()));
        }
        return List.copyOf(rules.out);
    }

    private void brokers(List<CutPoint> cutPoints) {
        cutPoints.stream().filter(c -> c.cutOffCount() >= MIN_CUT_OFF).limit(PER_RULE)
                .forEach(c -> add("SECOND_BROKER", texts.secondBroker(c.member().label(), c.cutOffCount()),
                        figure("cutOffCount", c.cutOffCount())));
    }

    private void skills(CompetencesYear year) {
        year.missing().stream().limit(PER_RULE).forEach(gap -> add("RECRUIT_SKILL",
                texts.recruitSkill(gap.skill().name(), gap.trainers().isEmpty() ? null : gap.trainers().get(0).label()),
                figure("demand", gap.demand()), figure("suppliers", 0)));
        year.thin().stream().limit(PER_RULE).forEach(thin -> {
            if (thin.trainers().isEmpty()) {
                add("SECOND_SUPPLIER", texts.secondSupplier(thin.skill().name(), thin.supplier().label()),
                        figure("suppliers", 1));
            } else {
                add("TRAIN_THIN_SKILL", texts.trainThinSkill(thin.skill().name(), thin.supplier().label(),
                        thin.trainers().get(0).label()), figure("suppliers", 1), figure("trainers", thin.trainers().size()));
            }
        });
    }

    private void matchmaking(CrossSectorYear year, Map<String, Integer> divisionMembers) {
        for (PairCount pair : year.unlinkedSectorPairs().stream().limit(PER_RULE).toList()) {
            int a = divisionMembers.getOrDefault(pair.a(), 0);
            int b = divisionMembers.getOrDefault(pair.b(), 0);
            add("MATCHMAKING", texts.matchmaking(pair.a() + " " + pair.aLabel(), a, pair.b() + " " + pair.bLabel(), b),
                    figure("membersA", a), figure("membersB", b), figure("ties", 0));
        }
    }

    private void robustness(RobustnessYear year, RobustnessYear previous) {
        if (previous == null) {
            return;
        }
        for (Curve curve : year.curves()) {
            previous.curves().stream().filter(p -> p.strategy().equals(curve.strategy())).findFirst()
                    .filter(p -> p.r() - curve.r() > R_DROP)
                    .ifPresent(p -> add("ROBUSTNESS_FELL", texts.robustnessFell(curve.strategy(), p.r(), curve.r()),
                            figure("rPrevious", p.r()), figure("r", curve.r())));
        }
    }

    private void ei(CrossSectorYear year, CrossSectorYear previous) {
        if (previous != null && year.sectorEi() != null && previous.sectorEi() != null
                && previous.sectorEi() - year.sectorEi() > EI_DROP) {
            add("EI_FELL", texts.eiFell(previous.sectorEi(), year.sectorEi()),
                    figure("eiPrevious", previous.sectorEi()), figure("ei", year.sectorEi()));
        }
    }

    private void add(String rule, String text, ReportFigure... figures) {
        out.add(new Recommendation(rule, text, List.of(figures)));
    }

    private static ReportFigure figure(String name, double value) {
        return new ReportFigure(name, value);
    }
}

package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;

/**
 * Maps the stakeholders of one theme. Grid: Mendelow, power = influence ({@link GridPosition}).
 * Salience: Mitchell, Agle and Wood (1997) with proxies, since the data records no legitimacy or
 * urgency as such: power = influence of at least {@link AgendaRules#HIGH}; legitimacy = the member
 * takes part in a project on the theme or asked a question about it (a claim grounded in the
 * cooperative's own work), or belongs to the government helix (a public mandate); urgency = interest
 * {@link AgendaRules#CRITICAL_INTEREST} or an open question of its own on the theme (a pending claim).
 * Stakes carry no dates: as of a year only who is present and how they are tied changes.
 */
public final class StakeholderAnalysis {

    private StakeholderAnalysis() {
    }

    /** The map of {@code themeId}; a theme nobody has a stake in gives empty lists. */
    public static StakeholderMap analyse(AgendaInputs inputs, String themeId, int k) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(themeId, "themeId");
        if (k < 1 || k > AgendaRules.MAX_K) {
            throw new IllegalArgumentException("k must be from 1 to " + AgendaRules.MAX_K + ": " + k);
        }
        ThemeWork work = ThemeWork.of(inputs, themeId);
        List<Stakeholder> stakeholders = stakeholders(inputs, themeId, work);
        List<String> supporters = ids(stakeholders, Stance.SUPPORTS);
        List<String> opponents = ids(stakeholders, Stance.OPPOSES);
        var conflicts = new ConflictFinder(inputs.graph(), stakeholders, supporters, opponents, k);
        return new StakeholderMap(themeId, k, stakeholders,
                Coalitions.of(inputs.graph(), Stance.SUPPORTS, supporters),
                Coalitions.of(inputs.graph(), Stance.OPPOSES, opponents),
                conflicts.collaborating(), conflicts.withinReach(), conflicts.needBroker());
    }

    static List<Stakeholder> stakeholders(AgendaInputs inputs, String themeId, ThemeWork work) {
        var result = new ArrayList<Stakeholder>();
        for (Member member : inputs.snapshot().presentMembers()) {
            for (Stake stake : member.stakes()) {
                if (stake.themeId().equals(themeId)) {
                    result.add(stakeholder(member, stake, work));
                }
            }
        }
        return List.copyOf(result);
    }

    private static Stakeholder stakeholder(Member member, Stake stake, ThemeWork work) {
        boolean power = stake.influence() >= AgendaRules.HIGH;
        boolean legitimacy = work.involves(member.id()) || member.helix() == Helix.GOVERNMENT;
        boolean urgency = stake.interest() >= AgendaRules.CRITICAL_INTEREST || work.openAskers().contains(member.id());
        return new Stakeholder(member.id(), member.helix(), member.primarySectorCode(), stake.interest(),
                stake.influence(), stake.stance(), GridPosition.of(stake.interest(), stake.influence()),
                SalienceClass.of(power, legitimacy, urgency), power, legitimacy, urgency);
    }

    private static List<String> ids(List<Stakeholder> stakeholders, Stance stance) {
        return stakeholders.stream().filter(s -> s.stance() == stance).map(Stakeholder::memberId).toList();
    }
}

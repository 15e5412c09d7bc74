package org.coopgraph.api.themes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.agenda.GridPosition;
import org.coopgraph.analytics.agenda.SalienceClass;
import org.coopgraph.analytics.agenda.StakeholderMap;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Stance;

/**
 * The answer of {@code GET .../themes/{id}/stakeholders}: the stakeholder map with labels in the
 * caller's language and the consent rule applied. Members a caller may not see are left out of every
 * list and counted instead: per sector and stance in {@code hiddenStakeholders}, as {@code hiddenMembers}
 * of a coalition and {@code hiddenListed} of a conflict class. Grid and salience counts include everyone.
 */
record StakeholdersView(String regionId, String themeId, String themeName, Integer year, long dataVersion, int k,
                        String language, List<Line> stakeholders, List<HiddenGroup> hiddenStakeholders,
                        List<Count> grid, List<Count> salience, CoalitionView supporters, CoalitionView opponents,
                        ConflictsView collaborating, ConflictsView withinReach, ConflictsView needBroker,
                        Method method) {

    record Line(String memberId, String name, Helix helix, String helixLabel, String sectorCode, int interest,
                int influence, Stance stance, String stanceLabel, GridPosition grid, String gridLabel,
                SalienceClass salience, String salienceLabel, boolean power, boolean legitimacy, boolean urgency) {
    }

    /** Stakeholders not shown, per primary sector (null: none recorded), with their stances. */
    record HiddenGroup(String sectorCode, String sectorName, int members, int supporters, int neutral, int opponents) {
    }

    record Count(String value, String label, int members) {
    }

    record Method(String grid, String salience, String conflicts) {
    }

    static StakeholdersView of(NetworkSnapshot snapshot, StakeholderMap map, Visibility visibility, Language lang) {
        var lines = map.stakeholders().stream().filter(s -> visibility.shows(s.memberId()))
                .map(s -> line(s, visibility, lang)).toList();
        Integer year = snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : null;
        String themeName = snapshot.theme(map.themeId()).map(t -> t.name()).orElse(null);
        return new StakeholdersView(snapshot.region().id(), map.themeId(), themeName, year, snapshot.dataVersion(), map.k(),
                lang.tag(), lines, hidden(snapshot, map, visibility), counts(map, GridPosition.values(), lang, true),
                counts(map, SalienceClass.values(), lang, false),
                CoalitionView.of(map.supporters(), visibility, lang), CoalitionView.of(map.opponents(), visibility, lang),
                ConflictsView.of(map.collaborating(), visibility), ConflictsView.of(map.withinReach(), visibility),
                ConflictsView.of(map.needBroker(), visibility), method(lang));
    }

    private static Line line(Stakeholder s, Visibility visibility, Language lang) {
        return new Line(s.memberId(), visibility.name(s.memberId()), s.helix(), Labels.of(s.helix(), lang), s.sectorCode(),
                s.interest(), s.influence(), s.stance(), Labels.of(s.stance(), lang), s.grid(), Labels.of(s.grid(), lang),
                s.salience(), Labels.of(s.salience(), lang), s.power(), s.legitimacy(), s.urgency());
    }

    private static List<HiddenGroup> hidden(NetworkSnapshot snapshot, StakeholderMap map, Visibility visibility) {
        Map<String, int[]> bySector = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        for (Stakeholder s : map.stakeholders()) {
            if (!visibility.shows(s.memberId())) {
                int[] c = bySector.computeIfAbsent(s.sectorCode(), code -> new int[4]);
                c[0]++;
                c[1 + s.stance().ordinal()]++;
            }
        }
        return bySector.entrySet().stream().map(e -> new HiddenGroup(e.getKey(),
                e.getKey() == null ? null : snapshot.sector(e.getKey()).map(Sector::name).orElse(null),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    private static List<Count> counts(StakeholderMap map, Enum<?>[] values, Language lang, boolean grid) {
        return java.util.Arrays.stream(values).map(v -> new Count(v.name(), Labels.of(v, lang),
                (int) map.stakeholders().stream().filter(s -> (grid ? s.grid() : s.salience()) == v).count())).toList();
    }

    private static Method method(Language lang) {
        return new Method(
                lang.pick("Mendelow power/interest grid; power = influence; 4 or 5 on the 1-5 scale is high.",
                        "Machts-/belangenmatrix van Mendelow; macht = invloed; 4 of 5 op de schaal 1-5 is hoog."),
                lang.pick("Mitchell, Agle and Wood (1997) with proxies: power = influence >= 4; legitimacy = takes part in"
                                + " a project or asked a question on the theme, or government; urgency = interest 5 or an open"
                                + " question of its own on the theme.",
                        "Mitchell, Agle en Wood (1997) met benaderingen: macht = invloed >= 4; legitimiteit = neemt deel"
                                + " aan een project of stelde een vraag over het thema, of overheid; urgentie = belang 5 of"
                                + " een eigen open vraag over het thema."),
                lang.pick("Supporter-opponent pairs by hops in the collaboration graph (ties, supply, shared projects):"
                                + " 1 = they collaborate; up to k = within reach; beyond k = needs a broker tied to both sides.",
                        "Paren voor-tegen naar afstand in het samenwerkingsnetwerk (relaties, levering, gedeelde projecten):"
                                + " 1 = werken samen; tot k = binnen bereik; verder = heeft een bemiddelaar nodig met banden"
                                + " naar beide kanten."));
    }
}

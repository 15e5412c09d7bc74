package org.coopgraph.api.crosssector;

import java.util.List;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.ValueChain;

/**
 * A three-member path alpha - beta - gamma for the web slices. Beta ("Beta Verborgen BV") gave no
 * consent and sits in the middle, so it is the articulation point, both ties are bridges and it alone
 * covers chain step "st2"; step "st3" needs skill "s9" that nobody has.
 */
public final class TinyRegion {

    public static final String HIDDEN_ID = "beta";
    public static final String HIDDEN_NAME = "Beta Verborgen BV";

    private static final Taxonomy TAXONOMY = Taxonomy.of(
            List.of(new Sector("A", "SBI", "Landbouw", 1, null), new Sector("01", "SBI", "Teelt", 2, "A"),
                    new Sector("C", "SBI", "Industrie", 1, null), new Sector("10", "SBI", "Voedingsmiddelen", 2, "C")),
            List.of(new Skill("s1", "Telen", null, null), new Skill("s2", "Verwerken", null, null),
                    new Skill("s9", "Verpakken", null, null)),
            List.of());

    private TinyRegion() {
    }

    public static NetworkSnapshot snapshot(String regionId, long dataVersion) {
        return new NetworkSnapshot(new Region(regionId, "Tiny", "NL"), dataVersion, null, TAXONOMY,
                List.of(member("alpha", "Alpha Teelt", true, "01", "s1"), member(HIDDEN_ID, HIDDEN_NAME, false, "10", "s2"),
                        member("gamma", "Gamma Foods", true, "10", "s1")),
                List.of(), List.of(),
                List.of(new Tie("alpha", HIDDEN_ID, TieKind.COLLABORATION, 2020, null, 1.0),
                        new Tie(HIDDEN_ID, "gamma", TieKind.COLLABORATION, 2020, null, 1.0)),
                List.of(new ValueChain("chain1", "Keten", List.of(
                        new ChainStep("st1", "Telen", 1, List.of("01"), List.of()),
                        new ChainStep("st2", "Verwerken", 2, List.of(), List.of("s2")),
                        new ChainStep("st3", "Verpakken", 3, List.of(), List.of("s9"))))));
    }

    public static NetworkSnapshot empty(String regionId) {
        return NetworkSnapshot.empty(new Region(regionId, "Leeg", "NL"), TAXONOMY);
    }

    private static Member member(String id, String name, boolean consent, String sector, String skill) {
        return new Member(id, name, MemberKind.COMPANY, Helix.INDUSTRY, "Veendam", null, null, consent, 2019, null,
                List.of(new SectorLink(sector, true)), List.of(new SkillLevel(skill, 3)), null, null, null);
    }
}

package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopgraph.analytics.crosssector.LabelCount;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Sector diversity of the present members over the SBI 2008 hierarchy. Each member counts once, in
 * its primary sector (the unit the cross-sector analysis and the E-I index use, so the indicators
 * agree; weighting members across all their sectors would let a member with five listed activities
 * outweigh five single-activity members). Codes finer than a division (groups, classes) count in their
 * division; a code known only at section level, or missing from the taxonomy, is its own division.
 * With p_i the share of division i among the classified members and P_g that of section g:
 * <ul>
 *   <li>Shannon entropy H = -sum_i p_i ln p_i (nats) and evenness H / ln K over the K divisions
 *       present (Shannon 1948; Pielou 1966);</li>
 *   <li>Herfindahl-Hirschman HHI = sum_i p_i^2 and normalised HHI* = (HHI - 1/K) / (1 - 1/K);</li>
 *   <li>unrelated variety UV = -sum_g P_g ln P_g (entropy between sections) and related variety
 *       RV = sum_g P_g H_g with H_g = -sum_{i in g} (p_i / P_g) ln (p_i / P_g) (entropy of divisions
 *       within each section), Frenken, Van Oort and Verburg (2007); H = UV + RV by the entropy
 *       decomposition theorem (Theil 1972). Sections stand for "unrelated" and divisions within one
 *       for "related" industries, the two SBI levels the region data reliably carries.</li>
 * </ul>
 */
public final class SectorVariety {

    public static final Method ENTROPY = new Method("Shannon entropy of sectors",
            "H = -sum_i p_i ln p_i over SBI divisions (nats); evenness J = H / ln K",
            "Shannon (1948), A mathematical theory of communication, Bell System Technical Journal 27;"
                    + " Pielou (1966), Journal of Theoretical Biology 13");
    public static final Method HERFINDAHL = new Method("Herfindahl-Hirschman index",
            "HHI = sum_i p_i^2 over SBI divisions; HHI* = (HHI - 1/K) / (1 - 1/K)",
            "Hirschman (1964), The paternity of an index, American Economic Review 54(5); Herfindahl (1950)");
    public static final Method VARIETY = new Method("Related and unrelated variety",
            "UV = -sum_g P_g ln P_g over SBI sections; RV = sum_g P_g H_g, H_g = -sum_{i in g} (p_i/P_g) ln (p_i/P_g)"
                    + " over the divisions i of section g",
            "Frenken, Van Oort & Verburg (2007), Related variety, unrelated variety and regional economic growth,"
                    + " Regional Studies 41(5), 685-697");
    public static final List<Method> METHODS = List.of(ENTROPY, HERFINDAHL, VARIETY);

    private SectorVariety() {
    }

    public static SectorVarietyResult of(NetworkSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        Map<String, Map<String, Integer>> bySection = new TreeMap<>();
        int unclassified = 0;
        List<Member> present = snapshot.presentMembers();
        for (Member member : present) {
            String division = SectorLevel.DIVISION.codeOf(member, snapshot.taxonomy());
            if (SectorLevel.UNKNOWN_SECTOR.equals(division)) {
                unclassified++;
                continue;
            }
            String section = SectorLevel.SECTION.codeOf(member, snapshot.taxonomy());
            bySection.computeIfAbsent(section, s -> new TreeMap<>()).merge(division, 1, Integer::sum);
        }
        int classified = present.size() - unclassified;
        double entropy = 0;
        double herfindahl = 0;
        double unrelated = 0;
        double related = 0;
        int divisions = 0;
        List<SectionShare> sections = new ArrayList<>();
        for (var section : bySection.entrySet()) {
            int inSection = section.getValue().values().stream().mapToInt(Integer::intValue).sum();
            double share = (double) inSection / classified;
            double within = 0;
            for (int count : section.getValue().values()) {
                double p = (double) count / classified;
                entropy -= p * Math.log(p);
                herfindahl += p * p;
                double q = (double) count / inSection;
                within -= q * Math.log(q);
            }
            divisions += section.getValue().size();
            unrelated -= share * Math.log(share);
            related += share * within;
            sections.add(new SectionShare(section.getKey(), inSection, share, within, counts(section.getValue())));
        }
        Double evenness = divisions < 2 ? null : entropy / Math.log(divisions);
        Double normalized = divisions < 2 ? null : (herfindahl - 1.0 / divisions) / (1.0 - 1.0 / divisions);
        return new SectorVarietyResult(present.size(), classified, unclassified, bySection.size(), divisions,
                entropy, evenness, herfindahl, normalized, unrelated, related, sections);
    }

    private static List<LabelCount> counts(Map<String, Integer> byDivision) {
        List<String> labels = new ArrayList<>();
        byDivision.forEach((division, count) -> labels.addAll(java.util.Collections.nCopies(count, division)));
        return LabelCount.tally(labels);
    }
}

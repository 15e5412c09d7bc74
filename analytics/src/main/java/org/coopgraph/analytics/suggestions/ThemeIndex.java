package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;

/**
 * Each member's agenda: the themes it holds a stake in (HAS_STAKE, with its stance), the themes its
 * projects address and the themes its questions are about. Themes are small ints in id order.
 */
final class ThemeIndex {

    final String[] themeIds;
    final Map<String, Integer> themeNo = new TreeMap<>();
    /** Node to its agenda themes, ascending. */
    final int[][] themesOf;
    /** Node to the stance of its stake in each agenda theme (aligned with themesOf), null without a stake. */
    final Stance[][] stanceOf;
    /** Theme to the nodes with it on their agenda, ascending. */
    final int[][] members;

    ThemeIndex(NetworkSnapshot snapshot, Member[] nodes, Map<String, Integer> nodeOf) {
        TreeSet<String> all = new TreeSet<>();
        snapshot.taxonomy().themes().forEach(t -> all.add(t.id()));
        for (Member m : nodes) {
            m.stakes().forEach(s -> all.add(s.themeId()));
        }
        snapshot.projects().forEach(p -> all.addAll(p.themes()));
        snapshot.questions().forEach(q -> all.addAll(q.themes()));
        themeIds = all.toArray(String[]::new);
        for (int i = 0; i < themeIds.length; i++) {
            themeNo.put(themeIds[i], i);
        }
        List<Map<Integer, Stance>> agenda = new ArrayList<>(nodes.length);
        for (Member m : nodes) {
            Map<Integer, Stance> themes = new TreeMap<>();
            for (Stake stake : m.stakes()) {
                themes.put(themeNo.get(stake.themeId()), stake.stance());
            }
            agenda.add(themes);
        }
        for (Project project : snapshot.projects()) {
            for (Participation p : project.participants()) {
                Integer v = nodeOf.get(p.memberId());
                if (v != null) {
                    project.themes().forEach(t -> agenda.get(v).putIfAbsent(themeNo.get(t), null));
                }
            }
        }
        for (Question question : snapshot.questions()) {
            Integer v = nodeOf.get(question.memberId());
            if (v != null) {
                question.themes().forEach(t -> agenda.get(v).putIfAbsent(themeNo.get(t), null));
            }
        }
        themesOf = new int[nodes.length][];
        stanceOf = new Stance[nodes.length][];
        List<List<Integer>> byTheme = new ArrayList<>();
        for (int t = 0; t < themeIds.length; t++) {
            byTheme.add(new ArrayList<>());
        }
        for (int v = 0; v < nodes.length; v++) {
            themesOf[v] = agenda.get(v).keySet().stream().mapToInt(Integer::intValue).toArray();
            stanceOf[v] = agenda.get(v).values().toArray(Stance[]::new);
            for (int t : themesOf[v]) {
                byTheme.get(t).add(v);
            }
        }
        members = byTheme.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Whether the theme is on the member's agenda. */
    boolean has(int node, int theme) {
        return Arrays.binarySearch(themesOf[node], theme) >= 0;
    }

    /** The member's stance on a theme it has on its agenda; null without a stake. */
    Stance stance(int node, int theme) {
        int p = Arrays.binarySearch(themesOf[node], theme);
        return p >= 0 ? stanceOf[node][p] : null;
    }
}

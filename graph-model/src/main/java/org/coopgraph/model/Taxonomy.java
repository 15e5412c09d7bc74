package org.coopgraph.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The classifications shared by every region: SBI sectors, ESCO-style skills and agenda themes. */
public record Taxonomy(List<Sector> sectors, List<Skill> skills, List<Theme> themes,
                       Map<String, Sector> sectorByCode, Map<String, Skill> skillById, Map<String, Theme> themeById) {

    public static final Taxonomy EMPTY = of(List.of(), List.of(), List.of());

    public Taxonomy {
        sectors = List.copyOf(sectors);
        skills = List.copyOf(skills);
        themes = List.copyOf(themes);
        sectorByCode = Map.copyOf(sectorByCode);
        skillById = Map.copyOf(skillById);
        themeById = Map.copyOf(themeById);
    }

    /** Sorted by key, indexed, so two loads of the same data compare and serialise equal. */
    public static Taxonomy of(List<Sector> sectors, List<Skill> skills, List<Theme> themes) {
        var sortedSectors = sortedBy(sectors, Sector::code);
        var sortedSkills = sortedBy(skills, Skill::id);
        var sortedThemes = sortedBy(themes, Theme::id);
        return new Taxonomy(sortedSectors, sortedSkills, sortedThemes,
                index(sortedSectors, Sector::code), index(sortedSkills, Skill::id), index(sortedThemes, Theme::id));
    }

    /** This taxonomy with the given entries added or replacing those with the same key. */
    public Taxonomy with(List<Sector> moreSectors, List<Skill> moreSkills, List<Theme> moreThemes) {
        return of(merged(sectorByCode, moreSectors, Sector::code), merged(skillById, moreSkills, Skill::id),
                merged(themeById, moreThemes, Theme::id));
    }

    static <T> List<T> sortedBy(List<T> values, Function<T, String> key) {
        return values.stream().sorted(Comparator.comparing(key)).toList();
    }

    static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> b));
    }

    private static <T> List<T> merged(Map<String, T> existing, List<T> more, Function<T, String> key) {
        var all = new java.util.HashMap<>(existing);
        more.forEach(value -> all.put(key.apply(value), value));
        return List.copyOf(all.values());
    }
}

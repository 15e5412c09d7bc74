package org.coopgraph.model;

import java.util.List;

/**
 * A stakeholder organisation or person, with the relationships it owns: sectors, skills, what it
 * teaches, whom it supplies and its stakes in agenda themes. {@code publicProfile} is the member's
 * consent to be shown by name outside the cooperative; absent means no consent. {@code joined} and
 * {@code left} are years; a member counts as gone from the year it left.
 */
public record Member(
        String id, String name, MemberKind kind, Helix helix, String municipality, SizeClass sizeClass,
        String website, Boolean publicProfile, Integer joined, Integer left,
        List<SectorLink> sectors, List<SkillLevel> skills, List<String> teaches, List<String> suppliesTo,
        List<Stake> stakes) {

    public Member {
        publicProfile = Boolean.TRUE.equals(publicProfile);
        sectors = Checks.listOrEmpty(sectors);
        skills = Checks.listOrEmpty(skills);
        teaches = Checks.listOrEmpty(teaches);
        suppliesTo = Checks.listOrEmpty(suppliesTo);
        stakes = Checks.listOrEmpty(stakes);
        Checks.of("Member").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH)
                .required("/kind", kind).required("/helix", helix)
                .optionalText("/municipality", municipality, Checks.MAX_NAME_LENGTH)
                .optionalText("/website", website, Checks.MAX_NAME_LENGTH)
                .rule(website == null || website.matches("(?i)https?://\\S+"), "/website", "must be an http(s) address")
                .year("/joined", joined).year("/left", left).yearOrder("/joined", joined, "/left", left)
                .noNullEntries("/sectors", sectors).noDuplicates("/sectors", sectors.stream().map(s -> s == null ? null : s.code()).toList())
                .rule(sectors.stream().filter(s -> s != null && s.primary()).count() <= 1, "/sectors", "must have at most one primary sector")
                .noNullEntries("/skills", skills).noDuplicates("/skills", skills.stream().map(s -> s == null ? null : s.skillId()).toList())
                .noBlankEntries("/teaches", teaches).noDuplicates("/teaches", teaches)
                .noBlankEntries("/suppliesTo", suppliesTo).noDuplicates("/suppliesTo", suppliesTo)
                .rule(!suppliesTo.contains(id), "/suppliesTo", "must not contain the member itself")
                .noNullEntries("/stakes", stakes).noDuplicates("/stakes", stakes.stream().map(s -> s == null ? null : s.themeId()).toList())
                .orThrow();
    }

    /** Whether the member belonged to the cooperative in {@code year}; an unknown join year counts as always. */
    public boolean activeIn(int year) {
        return (joined == null || joined <= year) && (left == null || left > year);
    }

    public boolean hasLeft() {
        return left != null;
    }

    /** The primary sector's code, else the first listed, else null. */
    public String primarySectorCode() {
        return sectors.stream().filter(SectorLink::primary).findFirst()
                .or(() -> sectors.stream().findFirst()).map(SectorLink::code).orElse(null);
    }
}

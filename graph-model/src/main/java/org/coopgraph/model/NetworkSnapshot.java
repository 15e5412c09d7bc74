package org.coopgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One region's network as read at one data version, optionally as it stood in one year. Immutable;
 * every list is sorted by id so analyses over it are deterministic. Analytics take nothing else.
 */
public final class NetworkSnapshot {

    private final Region region;
    private final long dataVersion;
    private final Integer asOfYear;
    private final Taxonomy taxonomy;
    private final List<Member> members;
    private final List<Project> projects;
    private final List<Question> questions;
    private final List<Tie> ties;
    private final List<ValueChain> valueChains;
    private final Map<String, Member> memberById;
    private final Map<String, Project> projectById;
    private final Map<String, Question> questionById;
    private final Map<String, ValueChain> valueChainById;

    public NetworkSnapshot(Region region, long dataVersion, Integer asOfYear, Taxonomy taxonomy,
                           List<Member> members, List<Project> projects, List<Question> questions,
                           List<Tie> ties, List<ValueChain> valueChains) {
        this.region = java.util.Objects.requireNonNull(region, "region");
        if (dataVersion < 0) {
            throw new IllegalArgumentException("dataVersion must not be negative: " + dataVersion);
        }
        this.dataVersion = dataVersion;
        this.asOfYear = asOfYear;
        this.taxonomy = java.util.Objects.requireNonNull(taxonomy, "taxonomy");
        this.members = Taxonomy.sortedBy(members, Member::id);
        this.projects = Taxonomy.sortedBy(projects, Project::id);
        this.questions = Taxonomy.sortedBy(questions, Question::id);
        this.ties = Taxonomy.sortedBy(ties, Tie::key);
        this.valueChains = Taxonomy.sortedBy(valueChains, ValueChain::id);
        this.memberById = Taxonomy.index(this.members, Member::id);
        this.projectById = Taxonomy.index(this.projects, Project::id);
        this.questionById = Taxonomy.index(this.questions, Question::id);
        this.valueChainById = Taxonomy.index(this.valueChains, ValueChain::id);
    }

    /** A region with nothing in it yet. */
    public static NetworkSnapshot empty(Region region, Taxonomy taxonomy) {
        return new NetworkSnapshot(region, 0, null, taxonomy, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The network as it stood in {@code year}; see {@link SnapshotAsOf} for the rules. */
    public NetworkSnapshot asOf(int year) {
        return SnapshotAsOf.filter(this, year);
    }

    public Region region() { return region; }
    public long dataVersion() { return dataVersion; }
    public OptionalInt asOfYear() { return asOfYear == null ? OptionalInt.empty() : OptionalInt.of(asOfYear); }
    public Taxonomy taxonomy() { return taxonomy; }
    public List<Member> members() { return members; }
    public List<Project> projects() { return projects; }
    public List<Question> questions() { return questions; }
    public List<Tie> ties() { return ties; }
    public List<ValueChain> valueChains() { return valueChains; }

    /**
     * The members present at this snapshot's moment: as of a year that is everyone in it (the year
     * filter already applied); for the latest data, everyone who has not left.
     */
    public List<Member> presentMembers() {
        return asOfYear != null ? members : members.stream().filter(m -> !m.hasLeft()).toList();
    }

    public Optional<Member> member(String id) { return Optional.ofNullable(memberById.get(id)); }
    public Optional<Project> project(String id) { return Optional.ofNullable(projectById.get(id)); }
    public Optional<Question> question(String id) { return Optional.ofNullable(questionById.get(id)); }
    public Optional<ValueChain> valueChain(String id) { return Optional.ofNullable(valueChainById.get(id)); }
    public Optional<Sector> sector(String code) { return Optional.ofNullable(taxonomy.sectorByCode().get(code)); }
    public Optional<Skill> skill(String id) { return Optional.ofNullable(taxonomy.skillById().get(id)); }
    public Optional<Theme> theme(String id) { return Optional.ofNullable(taxonomy.themeById().get(id)); }

    /** The earliest and latest year any dated fact of the region mentions, if any. */
    public Optional<YearSpan> yearSpan() {
        return YearSpan.of(this);
    }

    /** This snapshot's content as an import document (the region backup format). */
    public RegionDocument toDocument() {
        return new RegionDocument(region, taxonomy.sectors(), taxonomy.skills(), taxonomy.themes(),
                members, projects, questions, ties, valueChains);
    }
}

package org.coopgraph.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Region;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;

/**
 * Seeded random regions with skills, sectors, projects, questions and value chains, for property
 * tests and timing. Sectors: 5 sections x 3 divisions x 3 groups; skills: 1 root per 10, each with
 * children; random ties (about 2 per member). Same seed, same region.
 */
public final class RandomSkillNetworks {

    private RandomSkillNetworks() {
    }

    public static NetworkSnapshot region(long seed, int memberCount, int skillCount) {
        Random rnd = new Random(seed);
        List<Sector> sectors = sectors();
        List<String> groups = sectors.stream().filter(s -> s.level() == 3).map(Sector::code).toList();
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < skillCount; i++) {
            skills.add(new Skill(id("k", i), "Skill " + i, null, i % 10 == 0 ? null : id("k", i - i % 10)));
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            members.add(member(rnd, id("m", i), groups, skillCount));
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < Math.max(1, memberCount / 10); i++) {
            List<Participation> people = new ArrayList<>();
            rnd.ints(2 + rnd.nextInt(4), 0, memberCount).distinct()
                    .forEach(m -> people.add(new Participation(id("m", m), ParticipationRole.PARTNER, null, null)));
            List<Requirement> needs = new ArrayList<>();
            rnd.ints(1 + rnd.nextInt(3), 0, skillCount).distinct().forEach(k -> needs.add(new Requirement(id("k", k),
                    rnd.nextBoolean() ? null : 1 + rnd.nextInt(5), rnd.nextBoolean() ? null : 1 + rnd.nextInt(5))));
            ProjectStatus status = ProjectStatus.values()[rnd.nextInt(ProjectStatus.values().length)];
            projects.add(new Project(id("p", i), "Project " + i, 2020, null, status, people, needs, List.of()));
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < Math.max(1, memberCount / 20); i++) {
            List<String> needs = rnd.ints(1 + rnd.nextInt(2), 0, skillCount).distinct().mapToObj(k -> id("k", k)).toList();
            questions.add(new Question(id("q", i), id("m", rnd.nextInt(memberCount)), "Question " + i, LocalDate.of(2024, 1, 1),
                    QuestionStatus.values()[rnd.nextInt(QuestionStatus.values().length)], needs, List.of()));
        }
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < memberCount * 2 && memberCount > 1; i++) {
            int a = rnd.nextInt(memberCount);
            int b = rnd.nextInt(memberCount);
            if (a != b) {
                ties.add(new Tie(id("m", a), id("m", b), null, null, null, 1.0));
            }
        }
        List<ValueChain> chains = new ArrayList<>();
        for (int c = 0; c < Math.max(1, memberCount / 500); c++) {
            List<ChainStep> steps = new ArrayList<>();
            for (int s = 0; s < 3 + rnd.nextInt(4); s++) {
                boolean bySector = rnd.nextBoolean();
                List<String> stepSectors = bySector ? List.of(groups.get(rnd.nextInt(groups.size()))) : List.of();
                List<String> stepSkills = rnd.ints(bySector ? rnd.nextInt(2) : 1 + rnd.nextInt(2), 0, skillCount).distinct()
                        .mapToObj(k -> id("k", k)).toList();
                steps.add(new ChainStep(id("c" + c + "s", s), "Step " + s, s + 1, stepSectors, stepSkills));
            }
            chains.add(new ValueChain(id("c", c), "Chain " + c, steps));
        }
        return new NetworkSnapshot(new Region("rnd", "Random", "NL"), seed, null, Taxonomy.of(sectors, skills, List.of()),
                members, projects, questions, ties, chains);
    }

    /** The same region with member and skill ids renamed (everything else, including step ids, kept). */
    public static NetworkSnapshot renamed(NetworkSnapshot s, UnaryOperator<String> member, UnaryOperator<String> skill) {
        List<Skill> skills = s.taxonomy().skills().stream().map(k -> new Skill(skill.apply(k.id()), k.name(), k.group(),
                k.broaderId() == null ? null : skill.apply(k.broaderId()))).toList();
        List<Member> members = s.members().stream().map(m -> new Member(member.apply(m.id()), m.name(), m.kind(), m.helix(),
                m.municipality(), m.sizeClass(), m.website(), m.publicProfile(), m.joined(), m.left(), m.sectors(),
                m.skills().stream().map(k -> new SkillLevel(skill.apply(k.skillId()), k.level())).toList(),
                m.teaches().stream().map(skill).toList(), m.suppliesTo().stream().map(member).toList(), m.stakes())).toList();
        List<Project> projects = s.projects().stream().map(p -> new Project(p.id(), p.name(), p.startYear(), p.endYear(),
                p.status(), p.participants().stream().map(x -> new Participation(member.apply(x.memberId()), x.role(),
                        x.fromYear(), x.toYear())).toList(),
                p.requires().stream().map(r -> new Requirement(skill.apply(r.skillId()), r.level(), r.importance())).toList(),
                p.themes())).toList();
        List<Question> questions = s.questions().stream().map(q -> new Question(q.id(), member.apply(q.memberId()), q.text(),
                q.askedOn(), q.status(), q.needs().stream().map(skill).toList(), q.themes())).toList();
        List<Tie> ties = s.ties().stream().map(t -> new Tie(member.apply(t.fromId()), member.apply(t.toId()), t.kind(),
                t.sinceYear(), t.untilYear(), t.weight())).toList();
        List<ValueChain> chains = s.valueChains().stream().map(c -> new ValueChain(c.id(), c.name(), c.steps().stream()
                .map(x -> new ChainStep(x.id(), x.name(), x.position(), x.sectors(), x.skills().stream().map(skill).toList()))
                .toList())).toList();
        return new NetworkSnapshot(s.region(), s.dataVersion(), null, Taxonomy.of(s.taxonomy().sectors(), skills, List.of()),
                members, projects, questions, ties, chains);
    }

    /** Reverses the order of ids like "m00012" by mapping them to "x" + (99999 - number). */
    public static UnaryOperator<String> reversing(String newPrefix) {
        return id -> newPrefix + String.format("%05d", 99999 - Integer.parseInt(id.substring(1)));
    }

    private static Member member(Random rnd, String id, List<String> groups, int skillCount) {
        Helix helix = rnd.nextInt(10) == 0 ? Helix.EDUCATION : Helix.values()[rnd.nextInt(Helix.values().length)];
        List<SectorLink> sectors = rnd.nextInt(10) == 0 ? List.of()
                : List.of(new SectorLink(groups.get(rnd.nextInt(groups.size())), true));
        List<SkillLevel> skills = rnd.ints(rnd.nextInt(6), 0, skillCount).distinct()
                .mapToObj(k -> new SkillLevel(id("k", k), 1 + rnd.nextInt(5))).toList();
        List<String> teaches = helix == Helix.EDUCATION
                ? rnd.ints(1 + rnd.nextInt(4), 0, skillCount).distinct().mapToObj(k -> id("k", k)).toList() : List.of();
        Integer left = rnd.nextInt(20) == 0 ? 2023 : null;
        return new Member(id, "Member " + id, MemberKind.COMPANY, helix, null, null, null, true, 2015, left,
                sectors, skills, teaches, List.of(), List.of());
    }

    private static List<Sector> sectors() {
        List<Sector> sectors = new ArrayList<>();
        for (char section = 'A'; section < 'F'; section++) {
            sectors.add(new Sector(String.valueOf(section), null, "Section " + section, 1, null));
            for (int d = 0; d < 3; d++) {
                String division = section + "" + d;
                sectors.add(new Sector(division, null, "Division " + division, 2, String.valueOf(section)));
                for (int g = 0; g < 3; g++) {
                    sectors.add(new Sector(division + "." + g, null, "Group " + division + g, 3, division));
                }
            }
        }
        return sectors;
    }

    private static String id(String prefix, int i) {
        return prefix + String.format("%05d", i);
    }
}

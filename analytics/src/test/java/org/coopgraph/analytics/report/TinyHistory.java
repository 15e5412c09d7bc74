package org.coopgraph.analytics.report;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.Region;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.ValueChain;
import org.coopgraph.model.port.FeedbackStore.Decision;
import org.coopgraph.model.port.FeedbackStore.Feedback;

/**
 * A five-member region over 2020-2021, small enough to work every indicator out by hand:
 * <pre>
 * 2020: e(01) - a(01) - b(10) - c(10)        2021: a(01) - b(10) - c(10) - d(85)
 * </pre>
 * a, b, e industry; c industry WITHOUT consent ("Geheime Zetmeelmakerij Xylofoon"); d education
 * (joins 2021, teaches "didactiek"); e leaves in 2021 and took "polymeerchemie" with it. b has
 * "lassen". Question q1 (a, 2021, open) needs "robotica"; q2 (b, 2020) was matched on 2020-05-11 and
 * answered on 2021-01-31. Chain ch: st1 (01) -> st2 (10) -> st3 (62, nobody). Decisions: a-b accepted
 * (a tie exists), a-d rejected.
 */
final class TinyHistory {

    static final String SECRET_NAME = "Geheime Zetmeelmakerij Xylofoon";
    static final String SECRET_ID = "c-secret-xylofoon";

    private TinyHistory() {
    }

    static NetworkSnapshot snapshot() {
        var taxonomy = Taxonomy.of(List.of(
                        new Sector("A", null, "Landbouw", 1, null), new Sector("01", null, "Akkerbouw", 2, "A"),
                        new Sector("C", null, "Industrie", 1, null), new Sector("10", null, "Voedingsmiddelen", 2, "C"),
                        new Sector("P", null, "Onderwijs", 1, null), new Sector("85", null, "Onderwijs", 2, "P"),
                        new Sector("J", null, "Informatie", 1, null), new Sector("62", null, "IT-diensten", 2, "J")),
                List.of(new Skill("s1", "lassen", null, null), new Skill("s2", "robotica", null, null),
                        new Skill("s3", "polymeerchemie", null, null), new Skill("s4", "didactiek", null, null)),
                List.of());
        List<Member> members = List.of(
                member("a", "Akkerbouw Aalders", Helix.INDUSTRY, "01", true, 2020, null, List.of(), List.of()),
                member("b", "Bakkerij Bos", Helix.INDUSTRY, "10", true, 2020, null, List.of("s1"), List.of()),
                member(SECRET_ID, SECRET_NAME, Helix.INDUSTRY, "10", false, 2020, null, List.of(), List.of()),
                member("d", "Dorpsschool", Helix.EDUCATION, "85", true, 2021, null, List.of(), List.of("s4")),
                member("e", "Eerdere Kunststoffen", Helix.INDUSTRY, "01", true, 2020, 2021, List.of("s3"), List.of()));
        List<Tie> ties = List.of(tie("a", "b", 2020), tie("b", SECRET_ID, 2020), tie(SECRET_ID, "d", 2021), tie("a", "e", 2020));
        List<Question> questions = List.of(
                new Question("q1", "a", "Wie kan robots bouwen?", LocalDate.of(2021, 2, 1), QuestionStatus.OPEN, List.of("s2"), List.of()),
                new Question("q2", "b", "Wie helpt ons?", LocalDate.of(2020, 5, 1), QuestionStatus.ANSWERED, List.of(), List.of()));
        var chain = new ValueChain("ch", "Keten", List.of(new ChainStep("st1", "Telen", 1, List.of("01"), List.of()),
                new ChainStep("st2", "Verwerken", 2, List.of("10"), List.of()),
                new ChainStep("st3", "Digitaliseren", 3, List.of("62"), List.of())));
        return new NetworkSnapshot(new Region("tiny", "Kleine Regio", "NL"), 3, null, taxonomy, members, List.of(),
                questions, ties, List.of(chain));
    }

    static ReportInputs inputs() {
        return new ReportInputs(snapshot(), List.of(
                new QuestionStatusChange("q2", QuestionStatus.OPEN, QuestionStatus.MATCHED, LocalDate.of(2020, 5, 11)),
                new QuestionStatusChange("q2", QuestionStatus.MATCHED, QuestionStatus.ANSWERED, LocalDate.of(2021, 1, 31))),
                List.of(new Feedback("a", "b", Decision.ACCEPTED), new Feedback("d", "a", Decision.REJECTED)));
    }

    private static Member member(String id, String name, Helix helix, String sector, boolean consent, int joined,
                                 Integer left, List<String> skills, List<String> teaches) {
        MemberKind kind = helix == Helix.EDUCATION ? MemberKind.SCHOOL : MemberKind.COMPANY;
        return new Member(id, name, kind, helix, null, null, null, consent, joined, left,
                List.of(new SectorLink(sector, true)), skills.stream().map(s -> new SkillLevel(s, 3)).toList(), teaches,
                List.of(), List.of());
    }

    private static Tie tie(String from, String to, int since) {
        return new Tie(from, to, TieKind.COLLABORATION, since, null, 1.0);
    }
}

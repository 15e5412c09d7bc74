package org.coopgraph.api.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.coopgraph.model.Member;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.RegionDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request mix of a load run on one region, drawn from a seeded random sequence. Reads are public
 * (no key), as partner sites and the embed page ask: member pages and single members, suggestions for
 * random members, the cross-sector and competence analyses, and network exports (Cytoscape JSON and
 * GEXF). Writes carry the coordinator key and are valid, so each must be acknowledged with 200:
 * suggestion feedback (stored, leaves the data version alone) and, every {@code versionWriteEvery}-th
 * request, a write that changes the data version (a question moving to its next status, or a member's
 * name changing) and so makes every cached analysis of the region stale.
 */
final class LoadPlan {

    /**
     * Kinds and their weights per thousand requests. Browsers and partner sites revalidate the big
     * answers (analyses of several MB, network exports of up to 6 MB that take a second of CPU to
     * write) with the ETag they hold, so most of those are 304s; version-changing writes come on top.
     */
    static final List<String> KINDS = List.of("members-page", "member", "suggestions", "cross-sector",
            "cross-sector-304", "competences", "competences-304", "network-cytoscape", "network-gexf", "network-304",
            "feedback");
    private static final int[] WEIGHTS = {200, 150, 350, 25, 25, 25, 25, 2, 1, 97, 100};
    /** The paths whose ETag the warm-up collects. */
    static final List<String> REVALIDATED = List.of("/analysis/cross-sector", "/analysis/competences",
            "/network?format=cytoscape", "/network?format=gexf");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record OpenQuestion(String id, QuestionStatus status) {
    }

    private final String base;
    private final String key;
    private final Duration timeout;
    private final long versionWriteEvery;
    private final Random random;
    private final List<Member> members;
    private final ConcurrentLinkedQueue<OpenQuestion> questions = new ConcurrentLinkedQueue<>();
    private final java.util.Map<String, String> etags;
    private long versionWrites;

    LoadPlan(String baseUrl, String regionId, String key, RegionDocument region, long seed, Duration timeout,
             long versionWriteEvery, java.util.Map<String, String> etags) {
        this.etags = java.util.Map.copyOf(etags);
        this.base = baseUrl + "/api/regions/" + regionId;
        this.key = key;
        this.timeout = timeout;
        this.versionWriteEvery = versionWriteEvery;
        this.random = new Random(seed);
        // Public reads see only members who consented; the writes pick from the same members.
        this.members = region.members().stream().filter(m -> !m.hasLeft() && m.publicProfile()).toList();
        for (Question q : region.questions()) {
            if (q.status() != QuestionStatus.ANSWERED) {
                questions.add(new OpenQuestion(q.id(), q.status()));
            }
        }
    }

    /** The request due at tick {@code i} (called from one thread, in order). */
    LoadRun.Shot next(long i) {
        if (versionWriteEvery > 0 && i % versionWriteEvery == versionWriteEvery - 1) {
            return versionWrites++ % 2 == 0 && !questions.isEmpty() ? questionStatus() : memberUpdate();
        }
        int roll = random.nextInt(1000);
        int kind = 0;
        for (int sum = WEIGHTS[0]; roll >= sum; sum += WEIGHTS[++kind]) {
            // find the kind whose weight band holds the roll
        }
        String network = random.nextBoolean() ? REVALIDATED.get(2) : REVALIDATED.get(3);
        return switch (KINDS.get(kind)) {
            case "members-page" -> read("members-page", "/members?size=50&page="
                    + random.nextInt(Math.max(1, members.size() / 50)), false);
            case "member" -> read("member", "/members/" + member().id(), false);
            case "suggestions" -> read("suggestions", "/members/" + member().id() + "/suggestions", false);
            case "cross-sector" -> read("cross-sector", REVALIDATED.get(0), false);
            case "cross-sector-304" -> read("cross-sector-304", REVALIDATED.get(0), true);
            case "competences" -> read("competences", REVALIDATED.get(1), false);
            case "competences-304" -> read("competences-304", REVALIDATED.get(1), true);
            case "network-cytoscape" -> read("network-cytoscape", REVALIDATED.get(2), false);
            case "network-gexf" -> read("network-gexf", REVALIDATED.get(3), false);
            case "network-304" -> read("network-304", network, true);
            default -> feedback();
        };
    }

    private Member member() {
        return members.get(random.nextInt(members.size()));
    }

    /** A public GET; {@code revalidate}: with the ETag the warm-up got (304 while the data is unchanged). */
    private LoadRun.Shot read(String kind, String path, boolean revalidate) {
        // As browsers and partner sites do; the big bodies come pre-compressed (RenderedBodies).
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Accept-Encoding", "gzip").GET();
        if (revalidate) {
            request.header("If-None-Match", etags.get(path));
        }
        return new LoadRun.Shot(kind, request.build(), ok -> { });
    }

    private LoadRun.Shot feedback() {
        Member member = member();
        Member partner = member();
        while (partner.id().equals(member.id())) {
            partner = member();
        }
        String body = "{\"memberId\":\"" + member.id() + "\",\"partnerId\":\"" + partner.id() + "\",\"decision\":\""
                + (random.nextBoolean() ? "ACCEPTED" : "REJECTED") + "\",\"createTie\":false}";
        return write("feedback", "/suggestions/feedback", "POST", body, ok -> { });
    }

    /** Takes a question out of the queue while its change is in flight, so two changes never race. */
    private LoadRun.Shot questionStatus() {
        OpenQuestion question = questions.poll();
        QuestionStatus to = QuestionStatus.values()[question.status().ordinal() + 1];
        return write("question-status", "/questions/" + question.id() + "/status", "POST",
                "{\"status\":\"" + to + "\"}", ok -> {
                    if (ok && to != QuestionStatus.ANSWERED) {
                        questions.add(new OpenQuestion(question.id(), to));
                    }
                });
    }

    private LoadRun.Shot memberUpdate() {
        Member m = member();
        Member renamed = new Member(m.id(), m.name() + " (" + versionWrites + ")", m.kind(), m.helix(), m.municipality(),
                m.sizeClass(), m.website(), m.publicProfile(), m.joined(), m.left(), m.sectors(), m.skills(), m.teaches(),
                m.suppliesTo(), m.stakes());
        return write("member-update", "/members/" + m.id(), "PUT", JSON.writeValueAsString(renamed), ok -> { });
    }

    private LoadRun.Shot write(String kind, String path, String method, String body, java.util.function.Consumer<Boolean> done) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Content-Type", "application/json").header("X-API-Key", key)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return new LoadRun.Shot(kind, request, done);
    }
}

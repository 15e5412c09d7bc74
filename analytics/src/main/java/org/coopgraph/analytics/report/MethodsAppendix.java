package org.coopgraph.analytics.report;

import java.util.List;

/**
 * The methods appendix: every indicator the report prints, its formula and the literature it follows,
 * with title and explanation in the report language. Formulas are plain ASCII so any renderer shows them.
 */
final class MethodsAppendix {

    private MethodsAppendix() {
    }

    static List<MethodNote> notes(ReportLanguage l) {
        return List.of(
                new MethodNote("members", l.pick("Leden, toetreders en vertrekkers", "Members, joiners and leavers"),
                        "present(t) = joined <= t and (left absent or left > t); joined(t) = present(t) and not present(t-1);"
                                + " left(t) = present(t-1) and not present(t)",
                        l.pick("Een lid telt mee vanaf het jaar van toetreden tot het jaar waarin het vertrok. Sectoren op het"
                                        + " niveau van SBI 2008-secties (letters), via de hoofdsector van het lid.",
                                "A member counts from its join year until the year it left. Sectors are SBI 2008 sections"
                                        + " (letters), from the member's primary sector."),
                        List.of("CBS (2008, ed. 2022), Standaard Bedrijfsindeling 2008")),
                new MethodNote("ties", l.pick("Samenwerkingsnetwerk", "Collaboration network"),
                        "edge {a,b} if a tie between a and b is active in year t, or a supplies b, or a and b take part in"
                                + " the same project in year t; weight = sum of tie weights + shared projects",
                        l.pick("Alle netwerkmaten gebruiken dit ongerichte netwerk van de leden die in het jaar lid zijn.",
                                "Every network measure uses this undirected network of the members present in the year."),
                        List.of("Wasserman & Faust (1994), Social Network Analysis, Cambridge University Press")),
                new MethodNote("ei-index", l.pick("E-I-index en aandeel sectoroverschrijdende banden",
                                "E-I index and cross-sector tie share"),
                        "EI = (E - I) / (E + I); E = ties between members of different groups, I = ties within a group;"
                                + " cross-sector share = E / (E + I); groups = SBI divisions or helices",
                        l.pick("-1: alle samenwerking blijft binnen de eigen sector; +1: alle samenwerking gaat over de grens.",
                                "-1: all collaboration stays inside a sector; +1: all of it crosses sector lines."),
                        List.of("Krackhardt & Stern (1988), Informal networks and organizational crises: an experimental"
                                + " simulation, Social Psychology Quarterly 51(2), 123-140")),
                new MethodNote("betweenness", l.pick("Makelaars: tussenpositie (betweenness)", "Brokers: betweenness"),
                        "B(v) = sum over pairs s<t (s,t != v) of sigma_st(v) / sigma_st; normalised: B(v) / ((n-1)(n-2)/2)",
                        l.pick("Hoe vaak een lid op de kortste paden tussen andere leden ligt. Exact tot 2.000 leden,"
                                        + " daarboven geschat uit 1.000 vaste (seeded) bronnen.",
                                "How often a member lies on shortest paths between other members. Exact up to 2,000"
                                        + " members, estimated from 1,000 seeded sources beyond."),
                        List.of("Brandes (2001), A faster algorithm for betweenness centrality, Journal of Mathematical"
                                + " Sociology 25(2), 163-177", "Freeman (1977), A set of measures of centrality based on"
                                + " betweenness, Sociometry 40(1), 35-41")),
                new MethodNote("brokerage", l.pick("Makelaarsrollen", "Brokerage roles"),
                        "for each open triad a - v - b (a, b not tied): coordinator (a, v, b same sector), gatekeeper/"
                                + "representative (one of a, b in v's sector), itinerant (a, b same sector, v other), liaison"
                                + " (all three different)",
                        l.pick("Rollen naar sector; op ongerichte banden zijn poortwachter en vertegenwoordiger gelijk.",
                                "Roles by sector; on undirected ties gatekeeper and representative coincide."),
                        List.of("Gould & Fernandez (1989), Structures of mediation: a formal approach to brokerage in"
                                + " transaction networks, Sociological Methodology 19, 89-126")),
                new MethodNote("constraint", l.pick("Beperking (constraint)", "Constraint"),
                        "C(i) = sum over j in N(i) of (p_ij + sum over q != i,j of p_iq * p_qj)^2; p_ij = w_ij / sum_k w_ik",
                        l.pick("Laag: het lid overbrugt structurele gaten; hoog: zijn contacten kennen elkaar al.",
                                "Low: the member spans structural holes; high: its contacts already know each other."),
                        List.of("Burt (1992), Structural Holes: The Social Structure of Competition, Harvard University Press")),
                new MethodNote("articulation-points", l.pick("Snijpunten en bruggen", "Cut points and bridges"),
                        "v is a cut point if removing v increases the number of components; cut off = members no longer"
                                + " connected to the largest remaining part of v's component",
                        l.pick("Als dit lid vertrekt, verliezen de afgesneden leden elke verbinding met de rest.",
                                "If this member leaves, the members cut off lose every path to the rest."),
                        List.of("Hopcroft & Tarjan (1973), Algorithm 447: efficient algorithms for graph manipulation,"
                                + " Communications of the ACM 16(6), 372-378")),
                new MethodNote("communities", l.pick("Gemeenschappen en stabiele labels", "Communities and stable labels"),
                        "Leiden, modularity Q = (1/2m) sum_ij (A_ij - gamma k_i k_j / 2m) delta(c_i, c_j), gamma = 1, fixed"
                                + " seed; a community (>= 3 members) keeps the label of last year's community with the highest Jaccard"
                                + " overlap |A n B| / |A u B| >= 0.3 (greedy, highest first)",
                        l.pick("Groepen leden die onderling meer samenwerken dan met de rest; labels volgen een groep door"
                                        + " de jaren op grond van overlap in leden.",
                                "Groups of members who work together more than with the rest; labels follow a group"
                                        + " through the years by member overlap."),
                        List.of("Traag, Waltman & van Eck (2019), From Louvain to Leiden: guaranteeing well-connected"
                                + " communities, Scientific Reports 9, 5233", "Greene, Doyle & Cunningham (2010), Tracking"
                                + " the evolution of communities in dynamic social networks, ASONAM 2010, 176-183", "Palla, Barabasi &"
                                + " Vicsek (2007), Quantifying social group evolution, Nature 446, 664-667")),
                new MethodNote("robustness", l.pick("Robuustheid (index R)", "Robustness (index R)"),
                        "s(Q) = |largest component after removing Q members| / N; R = (1/N) sum_{Q=1..N} s(Q); orders:"
                                + " random (mean of seeded orders), highest degree first (recomputed), highest betweenness first",
                        l.pick("R ligt tussen 0 (losse leden) en 0,5 (iedereen met iedereen verbonden). Willekeurig verwijderen"
                                        + " toont uitval, verwijderen op graad of betweenness een gerichte aanval.",
                                "R lies between 0 (isolated members) and 0.5 (everyone tied to everyone). Random removal"
                                        + " shows failures, removal by degree or betweenness a targeted attack."),
                        List.of("Schneider, Moreira, Andrade, Havlin & Herrmann (2011), Mitigation of malicious attacks on"
                                + " networks, PNAS 108(10), 3838-3841", "Albert, Jeong & Barabasi (2000), Error and attack"
                                + " tolerance of complex networks, Nature 406, 378-382")),
                new MethodNote("shannon", l.pick("Sectordiversiteit (Shannon-entropie)", "Sector diversity (Shannon entropy)"),
                        "H = - sum_i p_i ln p_i over SBI divisions, p_i = share of members with a sector",
                        l.pick("Hoger: leden verspreid over meer en gelijkmatiger verdeelde sectoren.",
                                "Higher: members spread over more, more evenly sized sectors."),
                        List.of("Shannon (1948), A mathematical theory of communication, Bell System Technical Journal 27,"
                                + " 379-423")),
                new MethodNote("variety", l.pick("Gerelateerde en ongerelateerde variëteit", "Related and unrelated variety"),
                        "UV = - sum_g P_g ln P_g over SBI sections; RV = sum_g P_g H_g, H_g = entropy of divisions within"
                                + " section g; H = UV + RV",
                        l.pick("Gerelateerde variëteit (binnen secties) helpt kennis overdragen; ongerelateerde variëteit"
                                        + " (tussen secties) spreidt risico.",
                                "Related variety (within sections) helps knowledge spill over; unrelated variety (across"
                                        + " sections) spreads risk."),
                        List.of("Frenken, Van Oort & Verburg (2007), Related variety, unrelated variety and regional"
                                + " economic growth, Regional Studies 41(5), 685-697")),
                new MethodNote("hhi", l.pick("Concentratie (Herfindahl-Hirschman)", "Concentration (Herfindahl-Hirschman)"),
                        "HHI = sum_i p_i^2 over SBI divisions (0..1)",
                        l.pick("Hoger: de leden zijn in weinig sectoren geconcentreerd.",
                                "Higher: members are concentrated in few sectors."),
                        List.of("Hirschman (1964), The paternity of an index, American Economic Review 54(5), 761",
                                "Herfindahl (1950), Concentration in the steel industry, PhD thesis, Columbia University")),
                new MethodNote("competences", l.pick("Competentietekorten en dunne vaardigheden", "Competence gaps and thin skills"),
                        "demand(s) = weighted requirements of open projects + needs of unanswered questions + chain steps;"
                                + " missing: demand > 0 and no present supplier; thin: exactly one present supplier",
                        l.pick("Vraag tegenover aanbod per vaardigheid; trainers zijn onderwijsleden die de vaardigheid (of een"
                                        + " verwante) onderwijzen.",
                                "Demand against supply per skill; trainers are education members teaching the skill (or a"
                                        + " related one)."),
                        List.of("Cedefop, ETF & ILO (2016), Guide to anticipating and matching skills and jobs, vol. 1-6")),
                new MethodNote("value-chains", l.pick("Dekking van waardeketens", "Value-chain coverage"),
                        "step covered if a present member has a step sector (or one below it) or all step skills; link gap:"
                                + " both steps covered but no covering members within k = 2 hops",
                        l.pick("Een keten is in het netwerk gebroken waar opeenvolgende stappen elkaar niet bereiken.",
                                "A chain is broken in the network where consecutive steps do not reach each other."),
                        List.of("Porter (1985), Competitive Advantage, Free Press", "Borgatti (2006), Identifying sets of key"
                                + " players in a social network, Computational and Mathematical Organization Theory 12, 21-34")),
                new MethodNote("questions", l.pick("Vragen", "Questions"),
                        "asked/matched/answered in year t from the dated status changes; open = not ANSWERED on 31 Dec t;"
                                + " median days from asking to matching and to answering",
                        l.pick("Antwoorden zonder datum worden apart geteld.", "Answers without a date are counted separately."),
                        List.of()),
                new MethodNote("content-hash", l.pick("Reproduceerbaarheid en inhoudshash", "Reproducibility and content hash"),
                        "contentHash = hex(SHA-256(canonical JSON of the report with contentHash = null)); canonical: UTF-8,"
                                + " keys sorted, no whitespace, decimals rounded half-even to 6 places",
                        l.pick("Dezelfde gegevens (dataversie en jaar) geven byte voor byte hetzelfde rapport; er staat geen"
                                        + " aanmaaktijd in.",
                                "The same data (data version and year) give the same report byte for byte; it holds no"
                                        + " creation time."),
                        List.of("NIST FIPS 180-4 (2015), Secure Hash Standard", "RFC 8785 (2020), JSON Canonicalization Scheme")));
    }
}

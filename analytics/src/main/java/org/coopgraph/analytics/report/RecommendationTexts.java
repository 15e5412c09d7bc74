package org.coopgraph.analytics.report;

import java.util.Locale;

/** The sentences of the recommendation rules in Dutch and English; labels are already consent-safe. */
final class RecommendationTexts {

    private final ReportLanguage l;

    RecommendationTexts(ReportLanguage language) {
        this.l = language;
    }

    String secondBroker(String member, int cutOff) {
        return l.pick("Zoek een tweede verbinder: " + cutOff + " leden zijn alleen via " + member + " met de rest verbonden.",
                "Find a second broker: " + cutOff + " members reach the rest only through " + member + ".");
    }

    String recruitSkill(String skill, String trainer) {
        String dutch = "Werf een lid met de vaardigheid '" + skill + "': er is vraag naar, maar geen lid levert haar.";
        String english = "Recruit a member with the skill '" + skill + "': it is in demand and no member supplies it.";
        if (trainer != null) {
            dutch += " " + trainer + " onderwijst een verwante vaardigheid.";
            english += " " + trainer + " teaches a related skill.";
        }
        return l.pick(dutch, english);
    }

    String trainThinSkill(String skill, String supplier, String trainer) {
        return l.pick("Laat " + trainer + " training geven in '" + skill + "': alleen " + supplier + " levert deze vaardigheid nu.",
                "Have " + trainer + " train members in '" + skill + "': only " + supplier + " supplies this skill now.");
    }

    String secondSupplier(String skill, String supplier) {
        return l.pick("Zoek een tweede leverancier van '" + skill + "': alleen " + supplier + " levert deze vaardigheid, en"
                        + " geen onderwijslid onderwijst haar.",
                "Find a second supplier of '" + skill + "': only " + supplier + " supplies this skill and no education"
                        + " member teaches it.");
    }

    String matchmaking(String a, int membersA, String b, int membersB) {
        return l.pick("Organiseer een matchmaking tussen " + a + " (" + membersA + " leden) en " + b + " (" + membersB
                        + " leden): ze werken nergens samen.",
                "Organise matchmaking between " + a + " (" + membersA + " members) and " + b + " (" + membersB
                        + " members): they never work together.");
    }

    String fillChainStep(String step, String chain) {
        return l.pick("Zoek een lid voor de stap '" + step + "' van de waardeketen '" + chain + "': geen lid dekt haar.",
                "Find a member for the step '" + step + "' of the value chain '" + chain + "': no member covers it.");
    }

    String robustnessFell(String strategy, double before, double now) {
        return l.pick("De robuustheid (" + strategy + ") daalde van " + fmt(before) + " naar " + fmt(now)
                        + ": verbind leden die nu aan één verbinder hangen rechtstreeks met elkaar.",
                "Robustness (" + strategy + ") fell from " + fmt(before) + " to " + fmt(now)
                        + ": tie members who now hang on a single broker directly to each other.");
    }

    String eiFell(double before, double now) {
        return l.pick("Er wordt minder over sectorgrenzen samengewerkt (E-I " + fmt(before) + " naar " + fmt(now)
                        + "): zet projecten op met partners uit verschillende sectoren.",
                "Less collaboration crosses sector lines (E-I " + fmt(before) + " to " + fmt(now)
                        + "): start projects with partners from different sectors.");
    }

    String openQuestions(int open, int answered) {
        return l.pick(open + " vragen staan open aan het eind van het jaar, " + answered + " zijn in het jaar beantwoord:"
                        + " wijs elke open vraag een begeleider toe.",
                open + " questions are open at the end of the year, " + answered + " were answered in it: give every open"
                        + " question a coordinator.");
    }

    private String fmt(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return l == ReportLanguage.NL ? text.replace('.', ',') : text;
    }
}

package org.coopgraph.api.backup;

import java.util.List;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;

/**
 * A region's backup: its full import document (the lists of {@link RegionDocument}, with the whole shared
 * taxonomy) plus {@code questionHistory}, the dated status changes that the document's questions cannot
 * carry. The import endpoint reads exactly this, so a backup is restored by importing it.
 */
public record RegionBackup(Region region, List<Sector> sectors, List<Skill> skills, List<Theme> themes,
                           List<Member> members, List<Project> projects, List<Question> questions, List<Tie> ties,
                           List<ValueChain> valueChains, List<QuestionStatusChange> questionHistory) {

    public RegionBackup {
        questionHistory = List.copyOf(questionHistory);
    }

    static RegionBackup of(NetworkSnapshot snapshot, List<QuestionStatusChange> history) {
        RegionDocument d = snapshot.toDocument();
        return new RegionBackup(d.region(), d.sectors(), d.skills(), d.themes(), d.members(), d.projects(),
                d.questions(), d.ties(), d.valueChains(), history);
    }
}

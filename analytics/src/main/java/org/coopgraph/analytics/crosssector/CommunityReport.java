package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.coopgraph.analytics.graph.Partition;

/** Turns a node partition into communities with member ids and sector and helix make-up. */
final class CommunityReport {

    private CommunityReport() {
    }

    static Communities of(Partition partition, MemberGroups groups, CrossSectorOptions options) {
        List<Community> communities = new ArrayList<>();
        int[][] members = partition.members();
        for (int c = 0; c < members.length; c++) {
            int[] nodes = members[c];
            communities.add(new Community(c, nodes.length, composition(nodes, groups::sector),
                    composition(nodes, v -> groups.helix(v).name()),
                    Arrays.stream(nodes).mapToObj(groups::id).toList()));
        }
        return new Communities(partition.modularity(), options.resolution(), options.seed(), communities);
    }

    private static List<LabelCount> composition(int[] nodes, IntFunction<String> label) {
        return LabelCount.tally(Arrays.stream(nodes).mapToObj(label).toList());
    }
}

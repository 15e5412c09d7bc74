package org.coopgraph.api.hostile;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.api.regions.FeatureClient;

/**
 * Everything a coordinator can read about a region, plus the shared region list and taxonomy, as
 * path to answer: equal fingerprints before and after mean no request changed the graph.
 */
final class RegionFingerprint {

    private RegionFingerprint() {
    }

    static Map<String, String> of(FeatureClient api, String regionId, List<String> questionIds) {
        String region = "/api/regions/" + regionId;
        var reads = new java.util.ArrayList<>(List.of("/api/regions", region, region + "/members", region + "/projects",
                region + "/questions", region + "/value-chains", region + "/keys", "/api/sectors", "/api/skills", "/api/themes"));
        questionIds.forEach(id -> reads.add(region + "/questions/" + id + "/status"));
        var answers = new LinkedHashMap<String, String>();
        for (String path : reads) {
            String paged = path.endsWith("/status") || path.endsWith("/keys") || path.equals(region) ? path : path + "?size=500";
            HttpResponse<String> response = api.get(paged);
            answers.put(paged, response.statusCode() + " " + response.body());
        }
        return answers;
    }
}

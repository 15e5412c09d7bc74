package org.coopgraph.api.crosssector;

import java.util.function.Supplier;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.EntityTags;
import org.coopgraph.api.regions.RenderedBodies;
import org.coopgraph.api.regions.Representations;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers an analysis request of any feature the same way: the result is computed once per (region,
 * year, data version, parameters) in the {@link DerivedCache}, and so are the JSON bytes per view
 * (public or coordinator), so a repeated request costs a lookup and a copy. The body is an envelope
 * {@code {regionId, year, dataVersion, result, memberNames}} with the consent rule applied by
 * {@link MemberRedaction}; the bytes (and their gzip form) are kept in {@link RenderedBodies}. The ETag names the data version and the view; clients revalidate
 * ({@code Cache-Control: no-cache}) and get 304 while nothing changed.
 */
@Component
public final class AnalysisResponses {

    private static final String VARY = "X-API-Key, Authorization";

    private final DerivedCache cache;
    private final RenderedBodies bodies;
    private final JsonMapper json;

    public AnalysisResponses(DerivedCache cache, RenderedBodies bodies, JsonMapper json) {
        this.cache = cache;
        this.bodies = bodies;
        this.json = json;
    }

    /**
     * The response for {@code analysis} with {@code parameters} (a canonical text: equal parameters,
     * equal text) on this snapshot. {@code compute} runs only when no cached result exists.
     */
    public ResponseEntity<byte[]> answer(NetworkSnapshot snapshot, String analysis, String parameters,
                                         String ifNoneMatch, String acceptEncoding, Supplier<?> compute) {
        Access access = Access.current();
        // The view is part of the key: a public and a coordinator body differ and must never share an ETag.
        String viewParameters = parameters + "|view=" + access.name();
        String etag = DerivedCache.etag(snapshot, analysis, viewParameters);
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return Representations.notModified(headers(), etag, acceptEncoding);
        }
        RenderedBodies.Body body = bodies.get(etag, () -> {
            Object result = cache.get(snapshot, analysis, parameters, compute);
            return render(snapshot, result, access);
        });
        return Representations.ok(headers(), etag, MediaType.APPLICATION_JSON, body, acceptEncoding);
    }

    private byte[] render(NetworkSnapshot snapshot, Object result, Access access) {
        var redaction = new MemberRedaction(snapshot, PublicView.of(access, snapshot));
        var tree = json.valueToTree(result);
        redaction.redact(tree);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("regionId", snapshot.region().id());
        if (snapshot.asOfYear().isPresent()) {
            envelope.put("year", snapshot.asOfYear().getAsInt());
        } else {
            envelope.putNull("year");
        }
        envelope.put("dataVersion", snapshot.dataVersion());
        envelope.set("result", tree);
        envelope.set("memberNames", json.valueToTree(redaction.names()));
        return json.writeValueAsBytes(envelope);
    }

    private static HttpHeaders headers() {
        var headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noCache());
        headers.set(HttpHeaders.VARY, VARY);
        return headers;
    }
}

package org.coopgraph.api.themes;

import java.util.function.Supplier;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.api.regions.EntityTags;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Answers a derived read with an ETag naming the data version, the parameters, the caller's view
 * (public or coordinator) and the language, so a revalidating client gets 304 while nothing changed
 * and a public and a coordinator body never share a tag.
 */
public final class Answers {

    private Answers() {
    }

    public static <T> ResponseEntity<T> of(NetworkSnapshot snapshot, String analysis, String parameters, Language lang,
                                           String ifNoneMatch, Supplier<T> body) {
        String etag = DerivedCache.etag(snapshot, analysis, parameters + "|view=" + Access.current() + "|lang=" + lang);
        var headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        headers.set(HttpHeaders.VARY, "Accept-Language, X-API-Key");
        headers.set(HttpHeaders.CONTENT_LANGUAGE, lang.tag());
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        return ResponseEntity.ok().headers(headers).body(body.get());
    }
}

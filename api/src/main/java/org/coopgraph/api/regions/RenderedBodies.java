package org.coopgraph.api.regions;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The finished bytes of large answers (analyses, network exports), identity and gzip-compressed, kept
 * per key (which names the data version, view and parameters) up to {@code coopgraph.cache.rendered-bodies}
 * bytes in all, least recently used out first. Writing a 10k-member export takes about a second of CPU
 * and compressing it a tenth of that; a repeated request now costs a copy. The first callers of one key
 * share one rendering.
 */
@Component
public final class RenderedBodies {

    /**
     * A body as rendered and gzip-compressed. Even a small body gets its gzip form (once per data version),
     * so whether an answer is compressed depends only on the client, and so does its ETag.
     */
    public record Body(byte[] identity, byte[] gzip) {

        static Body of(byte[] identity) {
            return new Body(identity, compress(identity));
        }

        int weight() {
            return identity.length + gzip.length;
        }
    }

    private final AsyncCache<String, Body> bodies;

    public RenderedBodies(@Value("${coopgraph.cache.rendered-bodies:256MB}") DataSize maximum) {
        this.bodies = Caffeine.newBuilder().maximumWeight(maximum.toBytes())
                .weigher((String key, Body body) -> body.weight()).buildAsync();
    }

    /** The body cached under {@code key}, rendering (and compressing) it on first use. */
    public Body get(String key, Supplier<byte[]> render) {
        var mine = new CompletableFuture<Body>();
        CompletableFuture<Body> running = bodies.asMap().putIfAbsent(key, mine);
        if (running != null) {
            return (Body) DerivedCache.awaitOther(running);
        }
        try {
            Body body = Body.of(render.get());
            mine.complete(body);
            return body;
        } catch (RuntimeException | Error e) {
            bodies.asMap().remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static byte[] compress(byte[] identity) {
        var out = new ByteArrayOutputStream(identity.length / 8 + 64);
        try (var gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}

package org.coopgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The bootstrap admin key (the class keeps its first name, from when it was the one coordinator key):
 * it creates regions and keys and grants {@link Access#COORDINATOR} in every region. It comes from the
 * environment, not the database, so a fresh installation can be set up. Candidates are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, which takes the same time wherever they differ and, comparing
 * digests, does not reveal the key's length either.
 */
public final class CoordinatorKey {

    private static final int GENERATED_BYTES = 24;

    private final String value;
    private final byte[] digest;
    private final boolean generated;

    private CoordinatorKey(String value, boolean generated) {
        this.value = value;
        this.digest = sha256(value);
        this.generated = generated;
    }

    /** The configured key, or a fresh random one (32 URL-safe characters) when none is configured. */
    public static CoordinatorKey configuredOrGenerated(String configured, SecureRandom random) {
        if (configured != null && !configured.isBlank()) {
            return new CoordinatorKey(configured.strip(), false);
        }
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return new CoordinatorKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
    }

    /** Whether {@code candidate} is the key; null or blank never is. */
    public boolean matches(String candidate) {
        return candidate != null && !candidate.isBlank() && MessageDigest.isEqual(digest, sha256(candidate.strip()));
    }

    /** The key itself, for the start-up message and for tests. */
    public String value() {
        return value;
    }

    /** Whether the key was made up at start-up (no admin key or coordinator key configured). */
    public boolean generated() {
        return generated;
    }

    @Override
    public String toString() {
        return "CoordinatorKey[" + (generated ? "generated" : "configured") + "]"; // never the key itself
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Objects.requireNonNull(text).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

package org.coopgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Violation;
import org.coopgraph.model.port.ApiKeyStore;
import org.coopgraph.model.port.ApiKeyStore.StoredKey;

/**
 * Issues, lists, revokes and recognises API keys. A region key reads {@code <id>.<secret>}: the id
 * ({@code k_} and 12 random characters) is public and finds the stored key; the secret is 32 random
 * bytes, of which only the SHA-256 digest is stored. A fast digest is enough here because the secret
 * is not a password: with 256 random bits there is nothing to guess, so a stolen digest cannot be
 * turned back into a key, and a deliberately slow hash (bcrypt) would only cost ~0.1 s on every
 * request. Digests are compared with {@link MessageDigest#isEqual}, in constant time. Nothing is
 * cached: every request reads the key, so a revocation takes effect with the next request.
 */
public final class ApiKeys {

    static final int MAX_LABEL_LENGTH = 100;
    private static final Pattern REGION_KEY = Pattern.compile("(k_[a-z0-9]{12})\\.([A-Za-z0-9_-]{43})");
    private static final char[] ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final ApiKeyStore store;
    private final CoordinatorKey adminKey;
    private final SecureRandom random;

    public ApiKeys(ApiKeyStore store, CoordinatorKey adminKey, SecureRandom random) {
        this.store = store;
        this.adminKey = adminKey;
        this.random = random;
    }

    /** Who sent {@code presented}: the admin, a region key's holder, or nobody (unknown, revoked or garbage). */
    public Optional<KeyAuthentication> authenticate(String presented) {
        if (adminKey.matches(presented)) {
            return Optional.of(KeyAuthentication.admin());
        }
        Matcher parts = REGION_KEY.matcher(presented == null ? "" : presented.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        byte[] digest = sha256(parts.group(2));
        return store.find(parts.group(1))
                .filter(key -> !key.isRevoked() && MessageDigest.isEqual(key.secretHash(), digest))
                .flatMap(key -> Role.parse(key.role()).map(role -> KeyAuthentication.regionKey(key.id(), key.regionId(), role)));
    }

    /** A new key for an existing region; 400 naming {@code /label} or {@code /role} when they are unfit. */
    public NewKey create(String regionId, KeyRequest request) {
        var violations = new ArrayList<Violation>();
        String label = request == null || request.label() == null ? "" : request.label().strip();
        if (label.isEmpty()) {
            violations.add(new Violation("/label", "is required: who or what the key is for"));
        } else if (label.length() > MAX_LABEL_LENGTH) {
            violations.add(new Violation("/label", "must be at most " + MAX_LABEL_LENGTH + " characters (was " + label.length() + ")"));
        } else if (CONTROL.matcher(label).find()) {
            violations.add(new Violation("/label", "must not contain control characters"));
        } else if (label.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            // Half a surrogate pair has no UTF-8 form: Neo4j would store '?' instead.
            violations.add(new Violation("/label", "must be valid Unicode (it has half of a surrogate pair)"));
        }
        Optional<Role> role = Role.parse(request == null ? null : request.role());
        if (role.isEmpty()) {
            violations.add(new Violation("/role", "must be 'coordinator' or 'analyst'"
                    + (request == null || request.role() == null ? "" : " (was '" + request.role() + "')")));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String id = "k_" + randomId();
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        StoredKey stored = store.create(id, regionId, label, role.get().value(), sha256(secret));
        return new NewKey(stored.id(), regionId, label, stored.role(), stored.created(), id + "." + secret);
    }

    public List<KeyView> list(String regionId) {
        return store.list(regionId).stream().map(KeyView::of).toList();
    }

    /** Revokes the region's key; false if the region has no key with that id. */
    public boolean revoke(String regionId, String keyId) {
        return store.revoke(regionId, keyId);
    }

    private String randomId() {
        var id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_CHARACTERS[random.nextInt(ID_CHARACTERS.length)]);
        }
        return id.toString();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

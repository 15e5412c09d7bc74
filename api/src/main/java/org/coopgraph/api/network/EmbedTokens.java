package org.coopgraph.api.network;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coopgraph.api.errors.UnauthorizedException;

/**
 * Signed, expiring embed tokens: {@code base64url(payload) "." base64url(HMAC-SHA256(secret, payload))}
 * with payload {@code "v2\n" region "\n" view "\n" issued-epoch-millis "\n" expiry-epoch-seconds}
 * (tokens of the first format, {@code "v1\n" region "\n" view "\n" expiry}, are still read, issued
 * "at the epoch"). The region and view sit inside the signed payload, so neither can be changed
 * without breaking the signature. Signatures are compared in constant time. Tokens are bearer
 * credentials: whoever holds one sees that view until it expires or the region revokes its tokens
 * ({@link EmbedTokenRevocations}), so they are short-lived by design.
 */
public final class EmbedTokens {

    private static final String V1 = "v1";
    private static final String VERSION = "v2";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public EmbedTokens(byte[] secret, Clock clock) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the embed token secret must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.clock = clock;
    }

    public EmbedToken issue(String regionId, View view, Duration ttl) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant expiry = now.plus(ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new EmbedToken(regionId, view, now, expiry);
    }

    /** The token text for a grant (also used by tests to make an expired one). */
    public String sign(EmbedToken grant) {
        byte[] payload = String.join("\n", VERSION, grant.regionId(), grant.view().name(),
                String.valueOf(grant.issuedAt().toEpochMilli()), String.valueOf(grant.expiresAt().getEpochSecond()))
                .getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
    }

    /** The grant of a genuine, unexpired token; 401 for anything else. */
    public EmbedToken verify(String token) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.", -1);
        byte[] payload;
        byte[] signature;
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("not two parts");
            }
            payload = B64_DECODE.decode(parts[0]);
            signature = B64_DECODE.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new UnauthorizedException("The embed token is malformed. Ask a coordinator for a new embed snippet.");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw new UnauthorizedException("The embed token is not genuine (its signature does not match)."
                    + " Ask a coordinator for a new embed snippet.");
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        boolean first = fields.length == 4 && V1.equals(fields[0]);
        if (!first && (fields.length != 5 || !VERSION.equals(fields[0]))) {
            throw new UnauthorizedException("The embed token has an unknown format. Ask a coordinator for a new one.");
        }
        Instant issued = first ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(fields[3]));
        EmbedToken grant = new EmbedToken(fields[1], View.valueOf(fields[2]), issued,
                Instant.ofEpochSecond(Long.parseLong(fields[fields.length - 1])));
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new UnauthorizedException("The embed token expired at " + grant.expiresAt()
                    + ". Ask a coordinator for a new embed snippet.");
        }
        return grant;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}

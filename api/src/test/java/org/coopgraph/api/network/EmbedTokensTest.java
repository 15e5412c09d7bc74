package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.coopgraph.api.errors.UnauthorizedException;
import org.junit.jupiter.api.Test;

class EmbedTokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private final EmbedTokens tokens = new EmbedTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenCarriesItsRegionViewAndExpiry() {
        String token = tokens.sign(tokens.issue("veenkolonien", View.FULL, Duration.ofMinutes(90)));
        assertThat(tokens.verify(token))
                .isEqualTo(new EmbedToken("veenkolonien", View.FULL, NOW, Instant.parse("2025-03-01T11:30:00Z")));
    }

    @Test
    void aTokenOfTheFirstFormatIsStillReadAsIssuedAtTheEpoch() throws Exception {
        byte[] payload = ("v1\nr\nFULL\n" + NOW.plusSeconds(60).getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        var b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString(payload) + "." + b64.encodeToString(mac.doFinal(payload));

        assertThat(tokens.verify(token)).isEqualTo(new EmbedToken("r", View.FULL, Instant.EPOCH, NOW.plusSeconds(60)));
    }

    @Test
    void aTokenIsRefusedFromTheSecondItExpires() {
        String token = tokens.sign(new EmbedToken("r", View.FULL, NOW.minusSeconds(60), NOW));
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(UnauthorizedException.class).hasMessageContaining("expired");
        String stillValid = tokens.sign(new EmbedToken("r", View.FULL, NOW.minusSeconds(60), NOW.plusSeconds(1)));
        assertThat(tokens.verify(stillValid).regionId()).isEqualTo("r");
    }

    @Test
    void changingTheRegionOrViewInsideTheTokenBreaksTheSignature() {
        String token = tokens.sign(tokens.issue("a", View.PUBLIC, Duration.ofMinutes(5)));
        String signature = token.substring(token.indexOf('.'));
        for (String payload : new String[] {"v2\nb\nPUBLIC\n" + NOW.toEpochMilli() + "\n",
                "v2\na\nFULL\n" + NOW.toEpochMilli() + "\n"}) {
            long expiry = NOW.plusSeconds(300).getEpochSecond();
            String forged = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((payload + expiry).getBytes(StandardCharsets.UTF_8)) + signature;
            assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(UnauthorizedException.class)
                    .hasMessageContaining("not genuine");
        }
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        var other = new EmbedTokens("another-secret-another-secret-xx".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String token = other.sign(other.issue("a", View.FULL, Duration.ofMinutes(5)));
        assertThatThrownBy(() -> tokens.verify(token)).hasMessageContaining("not genuine");
    }

    @Test
    void malformedTokensAreRefusedWithoutAnException() {
        for (String bad : new String[] {"", "abc", "a.b.c", "!!!.???", ".", "dGVzdA"}) {
            assertThatThrownBy(() -> tokens.verify(bad)).as(bad).isInstanceOf(UnauthorizedException.class);
        }
        assertThatThrownBy(() -> tokens.verify(null)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void aFlippedSignatureCharacterIsRefused() {
        String token = tokens.sign(tokens.issue("a", View.FULL, Duration.ofMinutes(5)));
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> tokens.verify(flipped)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void aShortSecretIsRejected() {
        assertThatThrownBy(() -> new EmbedTokens(new byte[8], Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }
}

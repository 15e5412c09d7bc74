package org.coopgraph.api.embed;

import java.time.Duration;
import java.time.Instant;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.UnauthorizedException;
import org.coopgraph.api.network.EmbedProperties;
import org.coopgraph.api.network.EmbedToken;
import org.coopgraph.api.network.EmbedTokenRevocations;
import org.coopgraph.api.network.EmbedTokens;
import org.coopgraph.api.network.View;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.Region;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/regions/{r}/embed-tokens} (coordinator key): a signed token that lets an embed
 * page show the chosen view of this region, and only this region, for {@code ttlMinutes};
 * {@code DELETE} revokes all the region's tokens issued so far.
 */
@RestController
public class EmbedTokenController {

    private final RegionNetworks regions;
    private final EmbedTokens tokens;
    private final EmbedTokenRevocations revocations;
    private final Duration maxTtl;

    public EmbedTokenController(RegionNetworks regions, EmbedTokens tokens, EmbedTokenRevocations revocations,
                                EmbedProperties properties) {
        this.regions = regions;
        this.tokens = tokens;
        this.revocations = revocations;
        this.maxTtl = properties.maxTokenTtl();
    }

    /** What a revocation answers: every token of the region issued up to {@code revokedBefore} is dead. */
    public record Revoked(String regionId, Instant revokedBefore) {
    }

    /**
     * {@code DELETE /api/regions/{r}/embed-tokens} (the region's coordinators; Spring Security checks the
     * key): revokes every embed token of the region issued until now, e.g. after a snippet leaked.
     */
    @DeleteMapping("/api/regions/{regionId}/embed-tokens")
    public Revoked revokeAll(@PathVariable String regionId) {
        return new Revoked(regionId, revocations.revokeAll(regionId));
    }

    @PostMapping("/api/regions/{regionId}/embed-tokens")
    public ResponseEntity<EmbedTokenResponse> issue(@PathVariable String regionId, @RequestBody EmbedTokenRequest body) {
        if (!Access.current().seesEveryone()) {
            throw new UnauthorizedException("Issuing embed tokens needs the coordinator API key (header 'X-API-Key').");
        }
        Region region = regions.current(regionId).region();
        View view = View.parse("/view", body.view());
        if (view == null) {
            throw InvalidInputException.of("/view", "is required: 'public' or 'full'");
        }
        long maxMinutes = maxTtl.toMinutes();
        if (body.ttlMinutes() == null || body.ttlMinutes() < 1 || body.ttlMinutes() > maxMinutes) {
            throw InvalidInputException.of("/ttlMinutes", "must be from 1 to " + maxMinutes + " (was " + body.ttlMinutes() + ")");
        }
        EmbedToken grant = tokens.issue(regionId, view, Duration.ofMinutes(body.ttlMinutes()));
        String token = tokens.sign(grant);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/embed/{region}")
                .queryParam("view", view.parameterValue()).queryParam("token", token)
                .encode().buildAndExpand(regionId).toUriString();
        String iframe = IframeSnippet.of(url, region.name(), IframeSnippet.DEFAULT_HEIGHT);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new EmbedTokenResponse(token, regionId, view.parameterValue(), grant.expiresAt(), url, iframe));
    }
}

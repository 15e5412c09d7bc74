package org.coopgraph.api.network;

import org.coopgraph.api.errors.ForbiddenException;
import org.coopgraph.api.errors.UnauthorizedException;
import org.coopgraph.api.security.Access;
import org.springframework.stereotype.Component;

/**
 * Decides which view a network request gets. Without a view parameter: full for coordinators, the
 * token's view with an embed token, public otherwise. The full view needs the coordinator key or a
 * genuine, unexpired token for this region that grants it. A token presented is always checked,
 * even for the public view, so a broken or foreign token never passes silently.
 */
@Component
public final class NetworkAccess {

    private final EmbedTokens tokens;
    private final EmbedTokenRevocations revocations;

    public NetworkAccess(EmbedTokens tokens, EmbedTokenRevocations revocations) {
        this.tokens = tokens;
        this.revocations = revocations;
    }

    public View decide(String regionId, View requested, String token, Access access) {
        EmbedToken grant = token == null || token.isBlank() ? null : tokens.verify(token);
        if (grant != null && !grant.regionId().equals(regionId)) {
            throw new ForbiddenException("The embed token was issued for another region and does not open this one.");
        }
        if (grant != null && revocations.revoked(grant)) {
            throw new UnauthorizedException("The embed token was revoked by a coordinator of this region."
                    + " Ask a coordinator for a new embed snippet.");
        }
        View view = requested != null ? requested
                : access.seesEveryone() ? View.FULL : grant != null ? grant.view() : View.PUBLIC;
        if (view == View.FULL && !access.seesEveryone()) {
            if (grant == null && Access.keyPresented()) {
                throw new ForbiddenException("view=full names every member; this API key is not a key of region '"
                        + regionId + "'. Use a key of this region or an embed token issued for it.");
            }
            if (grant == null) {
                throw new UnauthorizedException("view=full names every member and needs the coordinator API key"
                        + " (header 'X-API-Key') or an embed token (parameter 'token' or header 'X-Embed-Token')"
                        + " issued with POST /api/regions/" + regionId + "/embed-tokens.");
            }
            if (grant.view() != View.FULL) {
                throw new ForbiddenException("The embed token grants the public view only.");
            }
        }
        return view;
    }
}

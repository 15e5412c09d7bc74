package org.coopgraph.api.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Grants a request under {@code /api/regions/{regionId}/...} to the admin and that region's
 * coordinators. The region comes from Spring Security's path pattern match, which parses and decodes
 * the path the way Spring MVC does when it picks the handler, so both see the same region.
 */
final class RegionAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    static final RegionAuthorization COORDINATOR = new RegionAuthorization();

    private RegionAuthorization() {
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        String regionId = context.getVariables().get("regionId");
        boolean granted = regionId != null && authentication.get() instanceof KeyAuthentication key
                && key.accessTo(regionId).canWrite();
        return new AuthorizationDecision(granted);
    }
}

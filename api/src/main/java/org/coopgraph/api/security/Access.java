package org.coopgraph.api.security;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the caller may do in the region a request is about. PUBLIC (no key, or a key of another
 * region) only ever sees members who consented to a public profile; ANALYST (an analyst key of the
 * region) sees everyone but writes nothing; COORDINATOR (a coordinator key of the region, or the
 * admin key) sees everyone and may write.
 */
public enum Access {
    PUBLIC, ANALYST, COORDINATOR;

    /**
     * Request attribute that, when set, is the request's access outright. Nothing in the service sets
     * it (clients cannot set request attributes); controller slice tests use it to act as a caller.
     */
    public static final String ATTRIBUTE = Access.class.getName();

    private static final String REGION_VARIABLE = "regionId";

    /**
     * The current request's access to the region it is about: the {@code regionId} path variable as
     * Spring MVC matched it for the handler, so the region checked is exactly the region served.
     * PUBLIC outside a request, without a key, or where the path names no region (unless admin).
     */
    public static Access current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return PUBLIC;
        }
        if (attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Access access) {
            return access;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof KeyAuthentication key)) {
            return PUBLIC;
        }
        Object variables = attributes.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        String regionId = variables instanceof Map<?, ?> map && map.get(REGION_VARIABLE) instanceof String id ? id : null;
        return key.accessTo(regionId);
    }

    /**
     * Whether the current request carries a valid API key of any region: refusing such a caller is a
     * 403 (known, but not allowed here), not a 401 (who are you?).
     */
    public static boolean keyPresented() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof KeyAuthentication;
    }

    /** Whether members without public-profile consent are shown (by name) to this caller. */
    public boolean seesEveryone() {
        return this != PUBLIC;
    }

    /** Whether this caller may change the region's data. */
    public boolean canWrite() {
        return this == COORDINATOR;
    }
}

package org.coopgraph.api.security;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is asking. PUBLIC callers (no key) only ever see members who consented to a public profile;
 * COORDINATOR callers (a valid coordinator API key) see everyone and may write.
 */
public enum Access {
    PUBLIC, COORDINATOR;

    /** Request attribute under which the security filter records the caller's access. */
    public static final String ATTRIBUTE = Access.class.getName();

    /** The current request's access; PUBLIC outside a request or when the filter set nothing. */
    public static Access current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object value = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return value instanceof Access access ? access : PUBLIC;
    }

    public boolean seesEveryone() {
        return this == COORDINATOR;
    }
}

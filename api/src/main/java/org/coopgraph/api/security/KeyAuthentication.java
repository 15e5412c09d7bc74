package org.coopgraph.api.security;

import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A caller who sent a valid API key: the bootstrap admin key (name {@code admin}, every region,
 * authority ROLE_ADMIN) or a region's key (name = the key id, e.g. {@code k_ab12cd34ef56}, one role in
 * one region). The name is the Servlet principal's name ({@code request.getUserPrincipal().getName()}),
 * which the audit log records; the secret itself is never kept here.
 */
public final class KeyAuthentication extends AbstractAuthenticationToken {

    public static final String ADMIN = "admin";

    private final String name;
    private final String regionId;
    private final Role role;

    private KeyAuthentication(String name, String regionId, Role role, boolean admin) {
        super(admin ? AuthorityUtils.createAuthorityList("ROLE_ADMIN") : List.of());
        this.name = Objects.requireNonNull(name, "name");
        this.regionId = regionId;
        this.role = role;
        setAuthenticated(true);
    }

    static KeyAuthentication admin() {
        return new KeyAuthentication(ADMIN, null, null, true);
    }

    static KeyAuthentication regionKey(String keyId, String regionId, Role role) {
        return new KeyAuthentication(keyId, Objects.requireNonNull(regionId), Objects.requireNonNull(role), false);
    }

    public boolean isAdmin() {
        return regionId == null;
    }

    /** The region of a region key; null for the admin key. */
    public String regionId() {
        return regionId;
    }

    /** The role of a region key; null for the admin key. */
    public Role role() {
        return role;
    }

    /** Access to {@code region} (null: no region): the admin coordinates everywhere, a key only its own. */
    public Access accessTo(String region) {
        if (isAdmin()) {
            return Access.COORDINATOR;
        }
        return regionId.equals(region) ? role.access() : Access.PUBLIC;
    }

    /** What the problem details say about this caller. */
    String describe() {
        return isAdmin() ? "the admin key" : "key " + name + " (" + role.value() + " of region '" + regionId + "')";
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyAuthentication that && name.equals(that.name)
                && Objects.equals(regionId, that.regionId) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, regionId, role);
    }
}

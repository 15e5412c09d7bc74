package org.coopgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class KeyAuthenticationTest {

    @Test
    void aRegionKeyHasItsRoleInItsRegionOnlyAndTheAdminCoordinatesEverywhere() {
        var analyst = KeyAuthentication.regionKey("k_aaaaaaaaaaaa", "north", Role.ANALYST);
        assertThat(analyst.accessTo("north")).isEqualTo(Access.ANALYST);
        assertThat(analyst.accessTo("North")).isEqualTo(Access.PUBLIC);
        assertThat(analyst.accessTo("south")).isEqualTo(Access.PUBLIC);
        assertThat(analyst.accessTo(null)).isEqualTo(Access.PUBLIC);
        assertThat(analyst.getName()).isEqualTo("k_aaaaaaaaaaaa");
        assertThat(analyst.getAuthorities()).isEmpty();
        var admin = KeyAuthentication.admin();
        assertThat(admin.accessTo("anything")).isEqualTo(Access.COORDINATOR);
        assertThat(admin.accessTo(null)).isEqualTo(Access.COORDINATOR);
        assertThat(admin.getName()).isEqualTo("admin");
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }

    @Test
    void onlyCoordinatorsWriteAndOnlyThePublicMissesHiddenMembers() {
        assertThat(Access.PUBLIC.seesEveryone()).isFalse();
        assertThat(Access.ANALYST.seesEveryone()).isTrue();
        assertThat(Access.COORDINATOR.seesEveryone()).isTrue();
        assertThat(Access.ANALYST.canWrite()).isFalse();
        assertThat(Access.COORDINATOR.canWrite()).isTrue();
        assertThat(Role.parse("analyst")).contains(Role.ANALYST);
        assertThat(Role.parse("ANALYST")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
    }

    @Test
    void theKeyComesFromXApiKeyElseFromABearerToken() {
        assertThat(ApiKeyFilter.presentedKey(request(null, null))).isNull();
        assertThat(ApiKeyFilter.presentedKey(request(" abc ", "Bearer other"))).isEqualTo("abc");
        assertThat(ApiKeyFilter.presentedKey(request("  ", "bearer xyz"))).isEqualTo("xyz");
        assertThat(ApiKeyFilter.presentedKey(request(null, "Basic dXNlcjpwdw=="))).isNull();
        assertThat(ApiKeyFilter.presentedKey(request(null, "Bearer "))).isNull();
    }

    private static MockHttpServletRequest request(String apiKey, String authorization) {
        var request = new MockHttpServletRequest("GET", "/api/regions");
        if (apiKey != null) {
            request.addHeader("X-API-Key", apiKey);
        }
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}

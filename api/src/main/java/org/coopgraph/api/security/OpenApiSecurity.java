package org.coopgraph.api.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API key in the OpenAPI description, so Swagger UI shows an "Authorize" button: once a key is
 * entered, every call from the UI sends it. Reads work without one (public view).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {

    static final String SCHEME = "apiKey";

    @Bean
    OpenAPI coopgraphOpenApi() {
        var scheme = new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                .name(ApiKeyFilter.API_KEY_HEADER)
                .description("A region key (coordinator or analyst, from POST /api/regions/{r}/keys) or the admin key."
                        + " Reads without a key show the public view; writes need a coordinator key of the region.");
        return new OpenAPI().components(new Components().addSecuritySchemes(SCHEME, scheme))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}

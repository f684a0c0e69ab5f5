package fr.civitas.app.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer carries: a content security policy without inline scripts (the
 * portal has no script at all), no sniffing, no framing, a discreet referrer.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "civitas.identity.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "civitas.identity.keycloak.public-url")
    Optional<String> keycloakPublicUrl;

    private volatile String policy;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", policy());
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        if ("https".equals(request.getUriInfo().getBaseUri().getScheme())) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private String policy() {
        String current = policy;
        if (current == null) {
            URI keycloak = URI.create(keycloakPublicUrl.orElse(keycloakUrl));
            // logout posts to the portal, which redirects to the realm: form-action must allow it
            String realmOrigin = keycloak.getScheme() + "://" + keycloak.getAuthority();
            current = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + realmOrigin;
            policy = current;
        }
        return current;
    }
}

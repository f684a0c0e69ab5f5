package fr.civitas.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Keycloak servers the platform may place realms on. One, {@code default}, for now; more are
 * added by configuration keys of the same shape.
 */
@ApplicationScoped
public class KeycloakServers {

    static final String DEFAULT = "default";

    @Inject
    @ConfigProperty(name = "civitas.identity.keycloak.url")
    String url;

    @Inject
    @ConfigProperty(name = "civitas.identity.keycloak.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "civitas.identity.keycloak.admin-client-id", defaultValue = "civitas-platform")
    String adminClientId;

    @Inject
    @ConfigProperty(name = "civitas.identity.keycloak.admin-client-secret")
    Optional<String> adminClientSecret;

    public KeycloakServer byPlacement(String placement) {
        if (!DEFAULT.equals(placement)) {
            throw new IllegalStateException("no Keycloak server is configured for placement '" + placement + "'");
        }
        return new KeycloakServer(DEFAULT, trimmed(url), trimmed(publicUrl.orElse(url)), adminClientId,
                adminClientSecret.orElseThrow(() -> new IllegalStateException(
                        "civitas.identity.keycloak.admin-client-secret is not configured")));
    }

    /** Where the platform reaches each placement's server. */
    public Map<String, URI> urls() {
        return Map.of(DEFAULT, trimmed(url));
    }

    private static URI trimmed(String value) {
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}

package fr.civitas.identity.infrastructure;

import fr.civitas.kernel.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secret of each realm's confidential clients, fetched from Keycloak when first needed and
 * kept in memory only: it is never stored, logged or returned by the platform.
 */
@ApplicationScoped
public class ClientSecrets {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Inject
    KeycloakAdmins admins;

    public String of(String placement, String realm, String clientId) {
        return secrets.computeIfAbsent(key(placement, realm, clientId), key -> admins.of(placement).clientSecret(realm, clientId));
    }

    /** Drops a secret Keycloak no longer accepts (regenerated, or the realm made anew elsewhere). */
    void forget(String placement, String realm, String clientId) {
        secrets.remove(key(placement, realm, clientId));
    }

    private static String key(String placement, String realm, String clientId) {
        return placement + "/" + realm + "/" + clientId;
    }

    void forget(TenantId tenant) {
        secrets.keySet().removeIf(key -> key.contains("/" + tenant.slug() + "/"));
    }
}

package fr.civitas.identity.infrastructure;

import fr.civitas.identity.application.IdentitySettings;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantRealms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.logging.Logger;

/** Councils' realms on Keycloak, created in one Admin API call from the template's realm.json. */
@ApplicationScoped
public class KeycloakTenantRealms implements TenantRealms {

    private static final Logger LOG = Logger.getLogger(KeycloakTenantRealms.class.getName());

    @Inject
    KeycloakAdmins admins;

    @Inject
    IdentitySettings settings;

    @Inject
    ClientSecrets secrets;

    @Inject
    RealmKeys keys;

    @Inject
    KeycloakServers servers;

    @Override
    public String provision(RealmRequest request) {
        String placement = settings.defaultPlacement();
        KeycloakAdmin admin = admins.of(placement);
        String slug = request.tenant().slug();
        Optional<JsonObject> existing = admin.realm(slug);
        if (existing.isPresent()) {
            requireOwnedBy(existing.get(), slug);
            return placement;
        }
        JsonObject realm = RealmTemplate.forCouncil(RealmTemplate.read(request.templateFolder().resolve("realm.json")),
                slug, request.name(), request.hosts(), settings.publicUrl(),
                settings.smtpHost(), settings.smtpPort(), settings.smtpFromDomain());
        if (!admin.createRealm(realm)) {
            // created meanwhile by a concurrent run: accept it only if it is this council's
            requireOwnedBy(admin.realm(slug).orElseThrow(), slug);
        }
        LOG.info(() -> "realm " + slug + " created on " + placement);
        return placement;
    }

    @Override
    public void remove(TenantId tenant, String placement) {
        admins.of(placement).deleteRealm(tenant.slug());
        secrets.forget(tenant);
        keys.forget(servers.byPlacement(placement).endpoint(tenant.slug(), "certs"));
        LOG.info(() -> "realm " + tenant.slug() + " deleted from " + placement);
    }

    private static void requireOwnedBy(JsonObject realm, String slug) {
        JsonObject attributes = realm.getJsonObject("attributes");
        String owner = attributes == null ? null : attributes.getString(RealmTemplate.TENANT_ATTRIBUTE, null);
        if (!slug.equals(owner)) {
            throw new IllegalStateException("a realm named " + slug + " exists and does not belong to this council");
        }
    }
}

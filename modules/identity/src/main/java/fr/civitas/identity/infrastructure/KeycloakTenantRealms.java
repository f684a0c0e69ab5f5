package fr.civitas.identity.infrastructure;

import fr.civitas.identity.application.IdentitySettings;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantRealms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Councils' realms on Keycloak, created in one Admin API call from the template's realm.json. */
@ApplicationScoped
public class KeycloakTenantRealms implements TenantRealms {

    private static final Logger LOG = Logger.getLogger(KeycloakTenantRealms.class.getName());
    private static final int ACCOUNTS_PAGE = 100;

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

    @Override
    public List<RealmAccount> accounts(TenantId tenant, String placement) {
        KeycloakAdmin admin = admins.of(placement);
        List<RealmAccount> accounts = new ArrayList<>();
        for (int first = 0; ; first += ACCOUNTS_PAGE) {
            Optional<List<JsonObject>> page = admin.users(tenant.slug(), first, ACCOUNTS_PAGE);
            if (page.isEmpty()) {
                return List.of();
            }
            page.get().forEach(user -> accounts.add(account(user)));
            if (page.get().size() < ACCOUNTS_PAGE) {
                return accounts;
            }
        }
    }

    private static RealmAccount account(JsonObject user) {
        JsonNumber created = user.getJsonNumber("createdTimestamp");
        return new RealmAccount(user.getString("username"), user.getString("email", null), user.getString("firstName", null),
                user.getString("lastName", null), user.getBoolean("enabled", false),
                created == null ? null : Instant.ofEpochMilli(created.longValue()));
    }

    private static void requireOwnedBy(JsonObject realm, String slug) {
        JsonObject attributes = realm.getJsonObject("attributes");
        String owner = attributes == null ? null : attributes.getString(RealmTemplate.TENANT_ATTRIBUTE, null);
        if (!slug.equals(owner)) {
            throw new IllegalStateException("a realm named " + slug + " exists and does not belong to this council");
        }
    }
}

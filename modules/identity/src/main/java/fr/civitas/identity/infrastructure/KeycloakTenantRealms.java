package fr.civitas.identity.infrastructure;

import fr.civitas.identity.application.IdentitySettings;
import fr.civitas.identity.spi.TenantRealms;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    public Optional<Person> person(TenantView council, String username) {
        return admins.of(placementOf(council)).user(council.id().slug(), username).map(KeycloakTenantRealms::person);
    }

    @Override
    public void deleteAccount(TenantView council, String subject) {
        admins.of(placementOf(council)).deleteUser(council.id().slug(), subject);
        LOG.info(() -> "an account of " + council.id() + " was deleted");
    }

    /** Deletes the council's realm; nothing happens when it is already gone. */
    void remove(TenantView council) {
        String placement = placementOf(council);
        TenantId tenant = council.id();
        admins.of(placement).deleteRealm(tenant.slug());
        secrets.forget(tenant);
        keys.forget(servers.byPlacement(placement).endpoint(tenant.slug(), "certs"));
        LOG.info(() -> "realm " + tenant.slug() + " deleted from " + placement);
    }

    /**
     * Every account of the council's realm, page by page; an empty list when the realm does not
     * exist. Fails rather than answer less than there is.
     */
    List<Map<String, Object>> accounts(TenantView council) {
        KeycloakAdmin admin = admins.of(placementOf(council));
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (int first = 0; ; first += ACCOUNTS_PAGE) {
            Optional<List<JsonObject>> page = admin.users(council.id().slug(), first, ACCOUNTS_PAGE);
            if (page.isEmpty()) {
                return List.of();
            }
            page.get().forEach(user -> accounts.add(account(user)));
            if (page.get().size() < ACCOUNTS_PAGE) {
                return accounts;
            }
        }
    }

    /** A realm step stopped before recording its placement may have left the realm on the default server. */
    private String placementOf(TenantView council) {
        return council.identityPlacement().orElse(settings.defaultPlacement());
    }

    /** What the council's export keeps of an account: who, never a credential. */
    private static Map<String, Object> account(JsonObject user) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", user.getString("id"));
        account.put("username", user.getString("username"));
        account.put("email", user.getString("email", null));
        account.put("firstName", user.getString("firstName", null));
        account.put("lastName", user.getString("lastName", null));
        account.put("enabled", user.getBoolean("enabled", false));
        account.put("emailVerified", user.getBoolean("emailVerified", false));
        JsonNumber created = user.getJsonNumber("createdTimestamp");
        account.put("createdAt", created == null ? null : Instant.ofEpochMilli(created.longValue()).toString());
        return account;
    }

    private static Person person(JsonObject user) {
        String first = user.getString("firstName", "");
        String last = user.getString("lastName", "");
        return new Person(user.getString("id"), user.getString("username"), (first + " " + last).strip(),
                user.getString("email", null), Set.of());
    }

    private static void requireOwnedBy(JsonObject realm, String slug) {
        JsonObject attributes = realm.getJsonObject("attributes");
        String owner = attributes == null ? null : attributes.getString(RealmTemplate.TENANT_ATTRIBUTE, null);
        if (!slug.equals(owner)) {
            throw new IllegalStateException("a realm named " + slug + " exists and does not belong to this council");
        }
    }
}

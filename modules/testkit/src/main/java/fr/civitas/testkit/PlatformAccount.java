package fr.civitas.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's own client in Keycloak's master realm, set up with the bootstrap admin before the
 * platform starts (as docker/keycloak/platform-client.sh does in production): confidential, service
 * account only, its account holding the master realm's {@code create-realm} role and nothing else
 * there. Keycloak gives the creator of a realm that realm's management roles, so the platform
 * manages the realms it creates and no other.
 */
public final class PlatformAccount {

    public static final String CLIENT_ID = "civitas-platform";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REALM = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");

    private PlatformAccount() {
    }

    /** Creates the client, or gives it this secret; grants {@code create-realm}. Idempotent. */
    public static void ensure(KeycloakAdminClient admin, String clientId, String secret) {
        String client = """
                {"clientId":"%s","name":"Civitas platform","enabled":true,"publicClient":false,
                 "clientAuthenticatorType":"client-secret","secret":"%s","serviceAccountsEnabled":true,
                 "standardFlowEnabled":false,"implicitFlowEnabled":false,"directAccessGrantsEnabled":false,
                 "protocol":"openid-connect"}""".formatted(clientId, secret);
        String id = masterClient(admin, clientId);
        if (id == null) {
            admin.adminCall("POST", "realms/master/clients", client, 201, "create client " + clientId);
            id = masterClient(admin, clientId);
        } else {
            admin.adminCall("PUT", "realms/master/clients/" + id, client, 204, "update client " + clientId);
        }
        String role = admin.adminCall("GET", "realms/master/roles/create-realm", null, 200, "read role create-realm");
        admin.adminCall("POST", "realms/master/users/" + serviceAccount(admin, id) + "/role-mappings/realm", "[" + role + "]",
                204, "grant create-realm");
    }

    /**
     * Gives the service account the management of every realm but master, as if it had created
     * them: for data made before the platform had its own client (the demo's).
     */
    public static void adoptRealms(KeycloakAdminClient admin, String clientId) {
        String account = serviceAccount(admin, masterClient(admin, clientId));
        Matcher realms = REALM.matcher(admin.adminCall("GET", "realms?briefRepresentation=true", null, 200, "list realms"));
        while (realms.find()) {
            String management = realms.group(1).equals("master") ? null : masterClient(admin, realms.group(1) + "-realm");
            if (management != null) {
                String roles = admin.adminCall("GET", "realms/master/clients/" + management + "/roles", null, 200,
                        "read the roles of " + realms.group(1) + "-realm");
                admin.adminCall("POST", "realms/master/users/" + account + "/role-mappings/clients/" + management, roles, 204,
                        "grant the management of " + realms.group(1));
            }
        }
    }

    /** The user id of the service account of a master realm's client (by internal id). */
    public static String serviceAccount(KeycloakAdminClient admin, String clientUuid) {
        return first(ID, admin.adminCall("GET", "realms/master/clients/" + clientUuid + "/service-account-user", null, 200,
                "read the service account"));
    }

    /** The internal id of a client of the master realm, or null. */
    public static String masterClient(KeycloakAdminClient admin, String clientId) {
        return first(ID, admin.adminCall("GET", "realms/master/clients?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null, 200, "find client " + clientId));
    }

    private static String first(Pattern pattern, String json) {
        Matcher found = pattern.matcher(json);
        return found.find() ? found.group(1) : null;
    }
}

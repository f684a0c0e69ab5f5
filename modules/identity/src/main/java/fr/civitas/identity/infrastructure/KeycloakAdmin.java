package fr.civitas.identity.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of Keycloak's Admin REST API the platform uses, on one server, as the service account
 * of the platform's client (client credentials grant), its token kept until shortly before it
 * expires. That account may create realms and manages only those it created: a realm made by
 * anyone else answers 403.
 */
public class KeycloakAdmin {

    private final KeycloakServer server;
    private final Clock clock;
    private String token;
    private Instant tokenExpiry = Instant.MIN;

    KeycloakAdmin(KeycloakServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    public KeycloakServer server() {
        return server;
    }

    public Optional<JsonObject> realm(String realm) {
        HttpResponse<String> response = KeycloakHttp.get(admin("realms/" + realm), token());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(KeycloakHttp.object(expect(response, 200, "read realm " + realm)));
    }

    /** @return false when a realm of that name already exists */
    public boolean createRealm(JsonObject representation) {
        HttpResponse<String> response = KeycloakHttp.postJson(admin("realms"), token(), representation);
        if (response.statusCode() == 409) {
            return false;
        }
        expect(response, 201, "create realm " + representation.getString("realm"));
        return true;
    }

    public void deleteRealm(String realm) {
        HttpResponse<String> response = KeycloakHttp.delete(admin("realms/" + realm), token());
        if (response.statusCode() != 404) {
            expect(response, 204, "delete realm " + realm);
        }
    }

    public String clientSecret(String realm, String clientId) {
        String id = clientUuid(realm, clientId);
        HttpResponse<String> response = KeycloakHttp.get(admin("realms/" + realm + "/clients/" + id + "/client-secret"), token());
        return KeycloakHttp.object(expect(response, 200, "read the secret of " + clientId)).getString("value");
    }

    /** One page of the realm's users, in full, or empty when the realm does not exist. */
    public Optional<List<JsonObject>> users(String realm, int first, int max) {
        HttpResponse<String> response = KeycloakHttp.get(admin("realms/" + realm + "/users?briefRepresentation=false&first="
                + first + "&max=" + max), token());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonArray users = Json.createReader(new java.io.StringReader(expect(response, 200, "list users"))).readArray();
        return Optional.of(users.getValuesAs(JsonObject.class));
    }

    public Optional<String> userId(String realm, String username) {
        HttpResponse<String> response = KeycloakHttp.get(
                admin("realms/" + realm + "/users?exact=true&username=" + KeycloakHttp.encode(username)), token());
        JsonArray users = Json.createReader(new java.io.StringReader(expect(response, 200, "find user"))).readArray();
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0).getString("id"));
    }

    /** The user of that name, in full, if the realm has one. */
    public Optional<JsonObject> user(String realm, String username) {
        HttpResponse<String> response = KeycloakHttp.get(admin("realms/" + realm + "/users?exact=true&briefRepresentation=false"
                + "&username=" + KeycloakHttp.encode(username)), token());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonArray users = Json.createReader(new java.io.StringReader(expect(response, 200, "find user"))).readArray();
        return users.isEmpty() ? Optional.empty() : Optional.of(users.getJsonObject(0));
    }

    /** Deletes the user; nothing happens when it is already gone. */
    public void deleteUser(String realm, String userId) {
        HttpResponse<String> response = KeycloakHttp.delete(admin("realms/" + realm + "/users/" + KeycloakHttp.encode(userId)),
                token());
        if (response.statusCode() != 404) {
            expect(response, 204, "delete user");
        }
    }

    /**
     * Creates a user with a password and realm roles, unless one of that name exists. The user is
     * enabled only once the roles are granted, so no token is ever issued without them; a user
     * left without its roles by an interrupted run gets them, and is enabled, on the next.
     */
    public String ensureUser(String realm, JsonObject user, String password, List<String> roles) {
        Optional<String> existing = userId(realm, user.getString("username"));
        if (existing.isPresent()) {
            if (!grantedRoles(realm, existing.get()).containsAll(roles)) {
                grantAndEnable(realm, existing.get(), roles);
            }
            return existing.get();
        }
        JsonObject withPassword = Json.createObjectBuilder(user)
                .add("enabled", false)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        expect(KeycloakHttp.postJson(admin("realms/" + realm + "/users"), token(), withPassword), 201, "create user");
        String id = userId(realm, user.getString("username")).orElseThrow();
        grantAndEnable(realm, id, roles);
        return id;
    }

    private List<String> grantedRoles(String realm, String userId) {
        HttpResponse<String> response = KeycloakHttp.get(admin("realms/" + realm + "/users/" + userId + "/role-mappings/realm"),
                token());
        JsonArray granted = Json.createReader(new java.io.StringReader(expect(response, 200, "read granted roles"))).readArray();
        return granted.getValuesAs(JsonObject.class).stream().map(role -> role.getString("name")).toList();
    }

    private void grantAndEnable(String realm, String userId, List<String> roles) {
        var grants = Json.createArrayBuilder();
        for (String role : roles) {
            HttpResponse<String> found = KeycloakHttp.get(admin("realms/" + realm + "/roles/" + role), token());
            grants.add(KeycloakHttp.object(expect(found, 200, "read role " + role)));
        }
        expect(KeycloakHttp.postJson(admin("realms/" + realm + "/users/" + userId + "/role-mappings/realm"), token(),
                grants.build()), 204, "grant roles");
        expect(KeycloakHttp.putJson(admin("realms/" + realm + "/users/" + userId), token(),
                Json.createObjectBuilder().add("enabled", true).build()), 204, "enable user");
    }

    private String clientUuid(String realm, String clientId) {
        HttpResponse<String> response = KeycloakHttp.get(
                admin("realms/" + realm + "/clients?clientId=" + KeycloakHttp.encode(clientId)), token());
        JsonArray clients = Json.createReader(new java.io.StringReader(expect(response, 200, "find client"))).readArray();
        if (clients.isEmpty()) {
            throw new IllegalStateException("realm " + realm + " has no client " + clientId);
        }
        return clients.getJsonObject(0).getString("id");
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(tokenExpiry)) {
            HttpResponse<String> response = KeycloakHttp.postForm(server.endpoint("master", "token"), Map.of(
                    "grant_type", "client_credentials", "client_id", server.adminClientId(),
                    "client_secret", server.adminClientSecret()));
            JsonObject tokens = KeycloakHttp.object(expect(response, 200, "obtain an admin token"));
            token = tokens.getString("access_token");
            tokenExpiry = now.plusSeconds(Math.max(5, tokens.getInt("expires_in") - 10));
        }
        return token;
    }

    private URI admin(String path) {
        return URI.create(server.url() + "/admin/" + path);
    }

    private String expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            // the body may echo what was sent (secrets included): only the status is reported
            throw new IllegalStateException("Keycloak refused to " + what + " on " + server.placement()
                    + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}

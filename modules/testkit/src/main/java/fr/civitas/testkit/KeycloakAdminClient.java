package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What tests and the demo do to Keycloak from outside the platform: create people with roles,
 * disable them, and obtain tokens the way a council's app or an operator's CLI would.
 */
public final class KeycloakAdminClient {

    public static final String TEST_CLIENT = "civitas-tests";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI url;
    /** How this client obtains its admin token from the master realm. */
    private final Map<String, String> tokenRequest;

    /** Keycloak's bootstrap admin, through the master realm's {@code admin-cli}. */
    public KeycloakAdminClient(URI url, String adminUser, String adminPassword) {
        this(url, Map.of("grant_type", "password", "client_id", "admin-cli", "username", adminUser, "password", adminPassword));
    }

    private KeycloakAdminClient(URI url, Map<String, String> tokenRequest) {
        this.url = url;
        this.tokenRequest = tokenRequest;
    }

    /** The service account of a confidential client of the master realm, as the platform uses it. */
    public static KeycloakAdminClient serviceAccount(URI url, String clientId, String secret) {
        return new KeycloakAdminClient(url, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    public URI url() {
        return url;
    }

    /** Creates a person with a password and realm roles (idempotent on the username). */
    public String ensureUser(String realm, String username, String password, String firstName, String lastName,
                             List<String> roles) {
        String existing = userId(realm, username);
        if (existing != null) {
            return existing;
        }
        String user = """
                {"username":"%s","email":"%s@exemple.invalid","emailVerified":true,"enabled":true,
                 "firstName":"%s","lastName":"%s",
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(username, username, firstName, lastName, password);
        expect(send(admin("realms/" + realm + "/users").POST(HttpRequest.BodyPublishers.ofString(user))
                .header("Content-Type", "application/json")), 201, "create user " + username);
        String id = userId(realm, username);
        String grants = roles.stream().map(role -> expect(send(admin("realms/" + realm + "/roles/" + role).GET()), 200,
                "read role " + role)).collect(Collectors.joining(",", "[", "]"));
        expect(send(admin("realms/" + realm + "/users/" + id + "/role-mappings/realm")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(grants))), 204,
                "grant roles");
        return id;
    }

    public boolean userExists(String realm, String username) {
        return userId(realm, username) != null;
    }

    /** Adds a realm role, such as one a realm's admin might invent (idempotent). */
    public void ensureRealmRole(String realm, String role) {
        HttpResponse<String> created = send(admin("realms/" + realm + "/roles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + role + "\"}")));
        if (created.statusCode() != 409) {
            expect(created, 201, "create role " + role);
        }
    }

    public void grantRole(String realm, String username, String role) {
        changeRole(realm, username, role, "POST");
    }

    public void withdrawRole(String realm, String username, String role) {
        changeRole(realm, username, role, "DELETE");
    }

    private void changeRole(String realm, String username, String role, String method) {
        String grants = "[" + expect(send(admin("realms/" + realm + "/roles/" + role).GET()), 200, "read role " + role) + "]";
        expect(send(admin("realms/" + realm + "/users/" + userId(realm, username) + "/role-mappings/realm")
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(grants))), 204,
                method + " role " + role);
    }

    public void setEnabled(String realm, String username, boolean enabled) {
        String id = userId(realm, username);
        expect(send(admin("realms/" + realm + "/users/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))), 204, "update user");
    }

    /** A public client of the realm that may use the password grant, its tokens meant for {@code audience}. */
    public void ensureTestClient(String realm, String audience) {
        ensurePasswordClient(realm, TEST_CLIENT, audience);
    }

    /**
     * A public client that may use the password grant; its tokens name the client {@code audience}
     * as audience, or only the defaults when it is null.
     */
    public void ensurePasswordClient(String realm, String clientId, String audience) {
        HttpResponse<String> found = send(admin("realms/" + realm + "/clients?clientId=" + clientId).GET());
        if (expect(found, 200, "find client").contains("\"clientId\"")) {
            return;
        }
        String mappers = audience == null ? "" : """
                ,"protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.client.audience":"%s","access.token.claim":"true","introspection.token.claim":"true"}}]"""
                .formatted(audience);
        String client = """
                {"clientId":"%s","enabled":true,"publicClient":true,"standardFlowEnabled":false,
                 "directAccessGrantsEnabled":true,"protocol":"openid-connect"%s}""".formatted(clientId, mappers);
        expect(send(admin("realms/" + realm + "/clients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))), 201, "create client " + clientId);
    }

    public void setAccessTokenLifespan(String realm, int seconds) {
        expect(send(admin("realms/" + realm).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":" + seconds + "}"))), 204,
                "update realm");
    }

    /** An access token by the password grant of a public client. */
    public String passwordToken(String realm, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        Matcher token = ACCESS_TOKEN.matcher(expect(response, 200, "obtain a token for " + username));
        if (!token.find()) {
            throw new IllegalStateException("no access token in the answer");
        }
        return token.group(1);
    }

    /** The status of one Admin API call as this client: for tests of what it may not do. */
    public int adminStatus(String method, String path, String json) {
        return send(admin(path).header("Content-Type", "application/json").method(method, body(json))).statusCode();
    }

    /** The body of an Admin API resource, which must answer 200. */
    public String adminGet(String path) {
        return adminCall("GET", path, null, 200, "read " + path);
    }

    /** One Admin API call that must answer {@code status}; its body. */
    String adminCall(String method, String path, String json, int status, String what) {
        return expect(send(admin(path).header("Content-Type", "application/json").method(method, body(json))), status, what);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    /** Creates a realm from its representation in one call, as the platform does. */
    public void createRealm(String representation) {
        expect(send(admin("realms").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(representation))), 201, "create a realm");
    }

    /** Gives the realm a new signing key that takes precedence over the current one. */
    public void rotateSigningKey(String realm) {
        Matcher id = ID.matcher(realm(realm));
        if (!id.find()) {
            throw new IllegalStateException("no id for realm " + realm);
        }
        String component = """
                {"name":"rotation-%d","providerId":"rsa-generated","providerType":"org.keycloak.keys.KeyProvider",
                 "parentId":"%s","config":{"priority":["%d"],"keySize":["2048"],"algorithm":["RS256"]}}"""
                .formatted(System.nanoTime(), id.group(1), 1000 + (System.currentTimeMillis() % 100_000));
        expect(send(admin("realms/" + realm + "/components").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(component))), 201, "add a signing key");
    }

    /** The realm's representation, as JSON. */
    public String realm(String realm) {
        return expect(send(admin("realms/" + realm).GET()), 200, "read realm " + realm);
    }

    /** A client's representation, as JSON. */
    public String client(String realm, String clientId) {
        return expect(send(admin("realms/" + realm + "/clients?clientId=" + clientId).GET()), 200, "read client " + clientId);
    }

    public String identityProvider(String realm, String alias) {
        return expect(send(admin("realms/" + realm + "/identity-provider/instances/" + alias).GET()), 200,
                "read identity provider " + alias);
    }

    public boolean realmExists(String realm) {
        return send(admin("realms/" + realm).GET()).statusCode() == 200;
    }

    /** The realm's public signing keys, as any client can read them. */
    public String publicKeys(String realm) {
        return expect(send(HttpRequest.newBuilder(URI.create(url + "/realms/" + realm + "/protocol/openid-connect/certs")).GET()),
                200, "read keys");
    }

    private String userId(String realm, String username) {
        String body = expect(send(admin("realms/" + realm + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET()), 200, "find user");
        Matcher id = ID.matcher(body);
        return id.find() ? id.group(1) : null;
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(url + "/admin/" + path)).header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(tokenRequest))));
        Matcher token = ACCESS_TOKEN.matcher(expect(response, 200, "obtain an admin token"));
        if (!token.find()) {
            throw new IllegalStateException("no admin token");
        }
        return token.group(1);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}

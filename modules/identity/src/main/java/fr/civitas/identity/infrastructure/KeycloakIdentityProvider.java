package fr.civitas.identity.infrastructure;

import fr.civitas.identity.domain.IdentityProvider;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.RealmRef;
import fr.civitas.identity.domain.TokenSet;
import fr.civitas.identity.domain.VerifiedToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OpenID Connect against the Keycloak server that holds a realm. */
@ApplicationScoped
public class KeycloakIdentityProvider implements IdentityProvider {

    @Inject
    KeycloakServers servers;

    @Inject
    ClientSecrets secrets;

    @Inject
    RealmKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "civitas.identity.token-skew-seconds", defaultValue = "30")
    int skewSeconds;

    @Override
    public URI authorizationUrl(RealmRef realm, String clientId, URI redirectUri, String state, String nonce,
                                String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("response_type", "code");
        query.put("scope", "openid profile email");
        query.put("redirect_uri", redirectUri.toString());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        query.put("ui_locales", "fr");
        return withQuery(server(realm).publicEndpoint(realm.realm(), "auth"), query);
    }

    @Override
    public TokenSet exchangeCode(RealmRef realm, String clientId, String code, URI redirectUri, String codeVerifier)
            throws InvalidTokenException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", codeVerifier);
        return tokens(postAsClient(realm, clientId, "token", form));
    }

    @Override
    public TokenSet refresh(RealmRef realm, String clientId, String refreshToken) throws InvalidTokenException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return tokens(postAsClient(realm, clientId, "token", form));
    }

    @Override
    public VerifiedToken verifyAccessToken(RealmRef realm, String token, String audience) throws InvalidTokenException {
        KeycloakServer server = server(realm);
        return TokenChecks.verify(token, server.issuer(realm.realm()), server.endpoint(realm.realm(), "certs"), keys,
                "Bearer", audience, clock.instant(), Duration.ofSeconds(skewSeconds));
    }

    @Override
    public VerifiedToken verifyIdToken(RealmRef realm, String token, String clientId) throws InvalidTokenException {
        KeycloakServer server = server(realm);
        return TokenChecks.verify(token, server.issuer(realm.realm()), server.endpoint(realm.realm(), "certs"), keys,
                "ID", clientId, clock.instant(), Duration.ofSeconds(skewSeconds));
    }

    @Override
    public boolean isActive(RealmRef realm, String clientId, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        form.put("token_type_hint", "access_token");
        HttpResponse<String> response = postAsClient(realm, clientId, "token/introspect", form);
        if (response.statusCode() != 200) {
            // not an answer about the token: ending sessions on an outage would log everyone out
            throw new IllegalStateException("introspection in realm " + realm.realm() + " answered HTTP " + response.statusCode());
        }
        return KeycloakHttp.object(response.body()).getBoolean("active", false);
    }

    @Override
    public URI endSessionUrl(RealmRef realm, String clientId, String idTokenHint, URI postLogoutRedirect) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        if (idTokenHint != null) {
            query.put("id_token_hint", idTokenHint);
        }
        query.put("post_logout_redirect_uri", postLogoutRedirect.toString());
        return withQuery(server(realm).publicEndpoint(realm.realm(), "logout"), query);
    }

    /** Posts as the realm's confidential client; a refused secret is fetched again, once. */
    private HttpResponse<String> postAsClient(RealmRef realm, String clientId, String endpoint, Map<String, String> params) {
        HttpResponse<String> response = postWithSecret(realm, clientId, endpoint, params);
        if (response.statusCode() == 401) {
            secrets.forget(realm.placement(), realm.realm(), clientId);
            response = postWithSecret(realm, clientId, endpoint, params);
        }
        return response;
    }

    private HttpResponse<String> postWithSecret(RealmRef realm, String clientId, String endpoint, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", clientId);
        form.put("client_secret", secrets.of(realm.placement(), realm.realm(), clientId));
        form.putAll(params);
        return KeycloakHttp.postForm(server(realm).endpoint(realm.realm(), endpoint), form);
    }

    private TokenSet tokens(HttpResponse<String> response) throws InvalidTokenException {
        if (response.statusCode() != 200) {
            throw new InvalidTokenException("the token endpoint refused: HTTP " + response.statusCode());
        }
        JsonObject body = KeycloakHttp.object(response.body());
        Instant now = clock.instant();
        return new TokenSet(body.getString("access_token"), now.plusSeconds(body.getInt("expires_in", 60)),
                body.getString("refresh_token", null), body.getString("id_token", null));
    }

    private KeycloakServer server(RealmRef realm) {
        return servers.byPlacement(realm.placement());
    }

    private static URI withQuery(URI endpoint, Map<String, String> query) {
        return URI.create(endpoint + "?" + query.entrySet().stream()
                .map(entry -> KeycloakHttp.encode(entry.getKey()) + "=" + KeycloakHttp.encode(entry.getValue()))
                .collect(Collectors.joining("&")));
    }
}

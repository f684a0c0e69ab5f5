package fr.civitas.identity.infrastructure;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each realm's signing keys (JWKS), cached per realm and fetched again when a token names a key
 * the cache does not know: that is how a key rotation reaches the platform. Refetches are spaced
 * so that tokens with invented key ids cannot make the platform hammer Keycloak.
 */
@ApplicationScoped
public class RealmKeys {

    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(10);

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }

    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public Optional<JWK> find(URI jwksUri, String keyId) {
        Cached cached = cache.get(jwksUri);
        if (cached != null && keyId != null && cached.keys().getKeyByKeyId(keyId) != null) {
            return Optional.of(cached.keys().getKeyByKeyId(keyId));
        }
        if (cached == null || clock.instant().isAfter(cached.fetchedAt().plus(MIN_REFRESH_INTERVAL))) {
            cached = fetch(jwksUri);
        }
        return Optional.ofNullable(keyId == null ? null : cached.keys().getKeyByKeyId(keyId));
    }

    public void forget(URI jwksUri) {
        cache.remove(jwksUri);
    }

    private Cached fetch(URI jwksUri) {
        HttpResponse<String> response = KeycloakHttp.get(jwksUri, "");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot read the keys at " + jwksUri + ": HTTP " + response.statusCode());
        }
        try {
            Cached fresh = new Cached(JWKSet.parse(response.body()), clock.instant());
            cache.put(jwksUri, fresh);
            return fresh;
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable keys at " + jwksUri, e);
        }
    }
}

package fr.civitas.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.VerifiedToken;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks of a token, one by one, with a key of our own and no realm. */
class TokenChecksTest {

    private static final String ISSUER = "https://auth.example/realms/laval";
    private static final URI JWKS = URI.create(ISSUER + "/protocol/openid-connect/certs");
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private static RSAKey realmKey;
    private static RSAKey otherKey;

    @BeforeAll
    static void keys() throws JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("cle-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("cle-1").generate();
    }

    /** The realm's published keys: ours, public part only. */
    private static final RealmKeys KEYS = new RealmKeys() {
        @Override
        public Optional<JWK> find(URI jwksUri, String keyId) {
            return JWKS.equals(jwksUri) && "cle-1".equals(keyId) ? Optional.of(realmKey.toPublicJWK()) : Optional.empty();
        }
    };

    @Test
    void aTokenOfTheRealmGivesItsCallerAndRoles() throws Exception {
        VerifiedToken verified = verify(sign(realmKey, claims(builder -> builder)));

        assertEquals("usager", verified.caller().username());
        assertEquals(Set.of("citizen"), verified.caller().roles());
    }

    @Test
    void everyDeviationIsRefused() throws Exception {
        refused(new PlainJWT(new PlainHeader(), claims(builder -> builder)).serialize(), "alg none");
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("cle-1").build(), claims(builder -> builder));
        hmac.sign(new MACSigner(realmKey.toRSAPublicKey().getEncoded()));
        refused(hmac.serialize(), "HMAC with the public key");
        refused(sign(otherKey, claims(builder -> builder)), "signed by another key");
        refused(sign(realmKey, claims(builder -> builder.issuer("https://auth.example/realms/mayenne"))), "another realm");
        refused(sign(realmKey, claims(builder -> builder.audience("autre"))), "another audience");
        refused(sign(realmKey, claims(builder -> builder.claim("typ", "ID"))), "another type");
        refused(sign(realmKey, claims(builder -> builder.expirationTime(Date.from(NOW.minus(SKEW).minusSeconds(1))))), "expired");
        refused(sign(realmKey, claims(builder -> builder.notBeforeTime(Date.from(NOW.plus(SKEW).plusSeconds(5))))), "not yet valid");
        refused("pas.un.jeton", "garbage");
        String token = sign(realmKey, claims(builder -> builder));
        refused(token.substring(0, token.lastIndexOf('.')) + ".AAAA", "tampered signature");
    }

    @Test
    void aTokenJustExpiredIsStillAcceptedWithinTheSkew() throws Exception {
        verify(sign(realmKey, claims(builder -> builder.expirationTime(Date.from(NOW.minusSeconds(10))))));
    }

    private static void refused(String token, String why) {
        assertThrows(InvalidTokenException.class, () -> verify(token), why);
    }

    private static VerifiedToken verify(String token) throws InvalidTokenException {
        return TokenChecks.verify(token, ISSUER, JWKS, KEYS, "Bearer", "portal", NOW, SKEW);
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject("sujet-1").audience(List.of("portal", "account"))
                .claim("typ", "Bearer").claim("preferred_username", "usager")
                .claim("realm_access", Map.of("roles", List.of("citizen")))
                .expirationTime(Date.from(NOW.plusSeconds(300)))).build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}

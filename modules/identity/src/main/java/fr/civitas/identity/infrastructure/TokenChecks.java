package fr.civitas.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.civitas.identity.domain.Caller;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.VerifiedToken;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every token goes through, in an order that never trusts what it has not checked:
 * shape, algorithm from the allow-list, issuer from the allow-list (before any key is fetched),
 * key of that issuer, signature, type, audience, validity period.
 */
final class TokenChecks {

    /** Asymmetric algorithms only: no "none", and no HMAC that a public key could forge. */
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private TokenChecks() {
    }

    static VerifiedToken verify(String token, String issuer, URI jwksUri, RealmKeys keys, String type, String audience,
                                Instant now, Duration skew) throws InvalidTokenException {
        SignedJWT jwt = parse(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ALLOWED.contains(algorithm)) {
            throw new InvalidTokenException("algorithm " + algorithm + " is not accepted");
        }
        JWTClaimsSet claims = claims(jwt);
        if (!issuer.equals(claims.getIssuer())) {
            throw new InvalidTokenException("issuer " + claims.getIssuer() + " is not this council's realm");
        }
        JWK key = keys.find(jwksUri, jwt.getHeader().getKeyID())
                .orElseThrow(() -> new InvalidTokenException("unknown signing key " + jwt.getHeader().getKeyID()));
        if (!signatureHolds(jwt, key)) {
            throw new InvalidTokenException("signature does not hold");
        }
        if (!type.equals(claims.getClaim("typ"))) {
            throw new InvalidTokenException("token type " + claims.getClaim("typ") + " where " + type + " was expected");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            throw new InvalidTokenException("audience " + claims.getAudience() + " does not include " + audience);
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || now.isAfter(expiry.toInstant().plus(skew))) {
            throw new InvalidTokenException("expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(skew).isBefore(notBefore.toInstant())) {
            throw new InvalidTokenException("not valid yet");
        }
        return new VerifiedToken(caller(claims), expiry.toInstant(), string(claims, "nonce"));
    }

    private static SignedJWT parse(String token) throws InvalidTokenException {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a signed JWT");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) throws InvalidTokenException {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("unreadable claims");
        }
    }

    private static boolean signatureHolds(SignedJWT jwt, JWK key) throws InvalidTokenException {
        try {
            JWSVerifier verifier;
            if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(jwt.getHeader().getAlgorithm())) {
                verifier = new RSASSAVerifier(rsa);
            } else if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(jwt.getHeader().getAlgorithm())) {
                verifier = new ECDSAVerifier(ec);
            } else {
                throw new InvalidTokenException("key " + key.getKeyID() + " does not fit algorithm " + jwt.getHeader().getAlgorithm());
            }
            return jwt.verify(verifier);
        } catch (JOSEException e) {
            throw new InvalidTokenException("signature cannot be checked");
        }
    }

    private static Caller caller(JWTClaimsSet claims) {
        Set<String> roles = new HashSet<>();
        Object realmAccess = claims.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> granted) {
            granted.forEach(role -> roles.add(String.valueOf(role)));
        }
        String username = Optional.ofNullable(string(claims, "preferred_username")).orElse(claims.getSubject());
        return new Caller(claims.getSubject(), username, string(claims, "name"), string(claims, "email"), roles);
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }
}

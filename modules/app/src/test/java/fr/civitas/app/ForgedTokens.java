package fr.civitas.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;

/** Tokens an attacker could make from a real one: each must be refused. */
final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** The same claims, "alg": "none", no signature. */
    static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    /** The claims changed (a role added), the original signature kept. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"roles\":[", "\"roles\":[\"council-admin\",");
        return parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The same claims, signed by a key that is not the realm's. */
    static String signedByAnotherKey(String token) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("cle-inconnue").generate();
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims(token));
            forged.sign(new RSASSASigner(key));
            return forged.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims and key id, HMAC-signed with the realm's public keys as the secret. */
    static String hmacWithPublicKey(String token, String realmPublicKeys) {
        try {
            SignedJWT original = SignedJWT.parse(token);
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(original.getHeader().getKeyID()).build(), original.getJWTClaimsSet());
            forged.sign(new MACSigner(realmPublicKeys.getBytes(StandardCharsets.UTF_8)));
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}

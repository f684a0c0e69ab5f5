package fr.civitas.identity.web;

import fr.civitas.identity.spi.FormTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Form tokens derived from the browser's session cookie: nothing to store, nothing to guess. */
@RequestScoped
public class SessionFormTokens implements FormTokens {

    @Inject
    RequestCredentials credentials;

    @Override
    public String current() {
        return credentials.sessionCookie().map(SessionFormTokens::derive).orElse("");
    }

    @Override
    public boolean accepts(String submitted) {
        String expected = current();
        return !expected.isEmpty() && submitted != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    private static String derive(String sessionCookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("csrf:" + sessionCookie).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.civitas.identity.domain;

import java.time.Instant;

/** What the token endpoint returns after a login or a refresh. */
public record TokenSet(String accessToken, Instant accessExpiresAt, String refreshToken, String idToken) {
}

package fr.civitas.identity.domain;

import java.time.Instant;

/** A token whose issuer, signature, audience and validity period have been checked. */
public record VerifiedToken(Caller caller, Instant expiresAt, String nonce) {
}

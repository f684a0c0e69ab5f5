package fr.civitas.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A browser's session with a council's portal, kept in the council's schema so that any
 * instance can serve it and no other council can find it. Identified by the hash of the cookie.
 */
@Entity
@Table(name = "web_session")
public class WebSession {

    @Id
    @Column(name = "id_hash")
    private String idHash;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(nullable = false)
    private String roles;

    @Column(name = "access_token", nullable = false)
    private String accessToken;

    @Column(name = "access_expires_at", nullable = false)
    private Instant accessExpiresAt;

    @Column(name = "refresh_token")
    private String refreshToken;

    @Column(name = "id_token")
    private String idToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected WebSession() {
    }

    public WebSession(String idHash, Caller caller, TokenSet tokens, Instant now) {
        this.idHash = idHash;
        this.subject = caller.subject();
        this.createdAt = now;
        this.lastSeenAt = now;
        renew(tokens, caller);
    }

    public Caller caller() {
        Set<String> granted = roles.isBlank() ? Set.of() : Arrays.stream(roles.split(" ")).collect(Collectors.toSet());
        return new Caller(subject, username, displayName, email, granted);
    }

    public boolean hasExpired(Instant now, Duration idle, Duration max) {
        return now.isAfter(lastSeenAt.plus(idle)) || now.isAfter(createdAt.plus(max));
    }

    public boolean accessTokenExpired(Instant now) {
        return !now.isBefore(accessExpiresAt);
    }

    public void seen(Instant now) {
        lastSeenAt = now;
    }

    /** New tokens from the realm, and who they now say the caller is: roles follow the realm. */
    public void renew(TokenSet tokens, Caller caller) {
        if (!caller.subject().equals(subject)) {
            throw new IllegalArgumentException("renewed tokens are another person's");
        }
        this.username = caller.username();
        this.displayName = caller.displayName();
        this.email = caller.email();
        this.roles = String.join(" ", caller.roles());
        this.accessToken = tokens.accessToken();
        this.accessExpiresAt = tokens.accessExpiresAt();
        if (tokens.refreshToken() != null) {
            this.refreshToken = tokens.refreshToken();
        }
        if (tokens.idToken() != null) {
            this.idToken = tokens.idToken();
        }
    }

    public String idHash() {
        return idHash;
    }

    public String accessToken() {
        return accessToken;
    }

    public String refreshToken() {
        return refreshToken;
    }

    public String idToken() {
        return idToken;
    }
}

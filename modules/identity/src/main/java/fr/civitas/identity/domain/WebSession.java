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
 * instance can serve it and no other council can find it. Identified by the hash of the cookie;
 * its tokens are sealed at rest ({@link Sealing}), bound to that hash.
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

    /** When the realm last said the session was live. */
    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    protected WebSession() {
    }

    public WebSession(String idHash, Caller caller, TokenSet tokens, Instant now, Sealing sealing) {
        this.idHash = idHash;
        this.subject = caller.subject();
        this.createdAt = now;
        this.lastSeenAt = now;
        renew(tokens, caller, now, sealing);
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

    /** True when the realm's word on this session is older than what may be trusted. */
    public boolean needsRealmCheck(Instant now, Duration trusted) {
        return !now.isBefore(checkedAt.plus(trusted));
    }

    public void checked(Instant now) {
        checkedAt = now;
    }

    /**
     * Records the visit; worth saving only once a minute, which the idle timeout does not notice.
     *
     * @return true when the session changed enough to be saved
     */
    public boolean seen(Instant now) {
        boolean worthSaving = !now.isBefore(lastSeenAt.plus(SEEN_PRECISION));
        if (worthSaving) {
            lastSeenAt = now;
        }
        return worthSaving;
    }

    /** New tokens from the realm, and who they now say the caller is: roles follow the realm. */
    public void renew(TokenSet tokens, Caller caller, Instant now, Sealing sealing) {
        if (!caller.subject().equals(subject)) {
            throw new IllegalArgumentException("renewed tokens are another person's");
        }
        this.username = caller.username();
        this.displayName = caller.displayName();
        this.email = caller.email();
        this.roles = String.join(" ", caller.roles());
        this.accessToken = sealing.seal(tokens.accessToken(), idHash);
        this.accessExpiresAt = tokens.accessExpiresAt();
        if (tokens.refreshToken() != null) {
            this.refreshToken = sealing.seal(tokens.refreshToken(), idHash);
        }
        if (tokens.idToken() != null) {
            this.idToken = sealing.seal(tokens.idToken(), idHash);
        }
        this.checkedAt = now;
    }

    public String idHash() {
        return idHash;
    }

    public String accessToken(Sealing sealing) {
        return sealing.open(accessToken, idHash);
    }

    public String refreshToken(Sealing sealing) {
        return refreshToken == null ? null : sealing.open(refreshToken, idHash);
    }

    public String idToken(Sealing sealing) {
        return idToken == null ? null : sealing.open(idToken, idHash);
    }

    /** What a saved session holds, sealed as it is stored. */
    public record Stored(String username, String displayName, String email, String roles, String accessToken,
                         Instant accessExpiresAt, String refreshToken, String idToken, Instant lastSeenAt, Instant checkedAt) {
    }

    public Stored stored() {
        return new Stored(username, displayName, email, roles, accessToken, accessExpiresAt, refreshToken, idToken, lastSeenAt,
                checkedAt);
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}

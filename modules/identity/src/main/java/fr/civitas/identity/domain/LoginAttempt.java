package fr.civitas.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A login sent to the realm and not back yet: what the callback must find to accept it. Its
 * nonce and PKCE verifier are sealed at rest, bound to its state.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    @Id
    private String state;

    @Column(nullable = false)
    private String nonce;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "return_path", nullable = false)
    private String returnPath;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoginAttempt() {
    }

    public LoginAttempt(String state, String nonce, String codeVerifier, String returnPath, Instant now, Sealing sealing) {
        this.state = state;
        this.nonce = sealing.seal(nonce, state);
        this.codeVerifier = sealing.seal(codeVerifier, state);
        this.returnPath = returnPath;
        this.createdAt = now;
    }

    public boolean isStale(Instant now) {
        return now.isAfter(createdAt.plus(LIFETIME));
    }

    public String nonce(Sealing sealing) {
        return sealing.open(nonce, state);
    }

    public String codeVerifier(Sealing sealing) {
        return sealing.open(codeVerifier, state);
    }

    public String returnPath() {
        return returnPath;
    }
}

package fr.civitas.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A login sent to the realm and not back yet: what the callback must find to accept it. */
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

    public LoginAttempt(String state, String nonce, String codeVerifier, String returnPath, Instant now) {
        this.state = state;
        this.nonce = nonce;
        this.codeVerifier = codeVerifier;
        this.returnPath = returnPath;
        this.createdAt = now;
    }

    public boolean isStale(Instant now) {
        return now.isAfter(createdAt.plus(LIFETIME));
    }

    public String nonce() {
        return nonce;
    }

    public String codeVerifier() {
        return codeVerifier;
    }

    public String returnPath() {
        return returnPath;
    }
}

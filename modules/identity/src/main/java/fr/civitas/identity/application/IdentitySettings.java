package fr.civitas.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Typed view of the {@code civitas.identity.*} and {@code civitas.operators.*} keys. */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    @ConfigProperty(name = "civitas.identity.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "civitas.identity.default-placement", defaultValue = "default")
    String defaultPlacement;

    @Inject
    @ConfigProperty(name = "civitas.identity.smtp.host", defaultValue = "localhost")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "civitas.identity.smtp.port", defaultValue = "2525")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "civitas.identity.smtp.from-domain", defaultValue = "civitas.invalid")
    String smtpFromDomain;

    @Inject
    @ConfigProperty(name = "civitas.identity.session.idle-minutes", defaultValue = "30")
    int sessionIdleMinutes;

    @Inject
    @ConfigProperty(name = "civitas.identity.session.max-hours", defaultValue = "8")
    int sessionMaxHours;

    @Inject
    @ConfigProperty(name = "civitas.identity.revalidate-seconds", defaultValue = "30")
    int revalidateSeconds;

    @Inject
    @ConfigProperty(name = "civitas.identity.session.purge-seconds", defaultValue = "900")
    int purgeSeconds;

    @Inject
    @ConfigProperty(name = "civitas.identity.login.starts-per-minute", defaultValue = "30")
    int loginStartsPerMinute;

    @Inject
    @ConfigProperty(name = "civitas.operators.bootstrap-secret")
    Optional<String> bootstrapSecret;

    /** The platform's own address, as browsers see it; realms' redirect URIs derive from it. */
    public URI publicUrl() {
        return URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
    }

    public String defaultPlacement() {
        return defaultPlacement;
    }

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String smtpFromDomain() {
        return smtpFromDomain;
    }

    public Duration sessionIdle() {
        return Duration.ofMinutes(sessionIdleMinutes);
    }

    public Duration sessionMax() {
        return Duration.ofHours(sessionMaxHours);
    }

    /**
     * How long the realm's word that a session or a bearer token is live is trusted before it is
     * asked again: the delay within which a disabled person or an ended session loses access.
     */
    public Duration revalidation() {
        return Duration.ofSeconds(Math.max(0, revalidateSeconds));
    }

    /** How often each council's expired sessions and pending logins are purged. */
    public Duration purgeInterval() {
        return Duration.ofSeconds(Math.max(1, purgeSeconds));
    }

    /** Logins a client may start per minute, each a pending login stored in the council's schema. */
    public int loginStartsPerMinute() {
        return Math.max(1, loginStartsPerMinute);
    }

    /** The first operator's password, until operators manage their own accounts. */
    public Optional<String> bootstrapSecret() {
        return bootstrapSecret.filter(secret -> secret.length() >= 16);
    }
}

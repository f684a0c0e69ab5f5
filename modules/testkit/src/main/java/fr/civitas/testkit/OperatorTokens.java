package fr.civitas.testkit;

import java.time.Duration;
import java.time.Instant;

/** Tokens of the first operator, from the operators' realm, renewed before they expire. */
public final class OperatorTokens {

    public static final String REALM = "operateurs";
    public static final String CLIENT = "civitas-cli";
    public static final String USERNAME = "operateur";
    private static final Duration REUSE = Duration.ofMinutes(3);

    private final KeycloakAdminClient keycloak;
    private final String password;
    private String token;
    private Instant obtainedAt = Instant.MIN;

    private OperatorTokens(KeycloakAdminClient keycloak, String password) {
        this.keycloak = keycloak;
        this.password = password;
    }

    public static OperatorTokens of(KeycloakAdminClient keycloak, String password) {
        return new OperatorTokens(keycloak, password);
    }

    public synchronized String current() {
        if (token == null || Instant.now().isAfter(obtainedAt.plus(REUSE))) {
            token = awaitToken();
            obtainedAt = Instant.now();
        }
        return token;
    }

    /** The platform creates the operators' realm shortly after it starts. */
    private String awaitToken() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            try {
                return keycloak.passwordToken(REALM, CLIENT, USERNAME, password);
            } catch (IllegalStateException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}

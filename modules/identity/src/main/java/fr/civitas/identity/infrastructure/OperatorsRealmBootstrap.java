package fr.civitas.identity.infrastructure;

import fr.civitas.identity.application.IdentitySettings;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.identity.domain.RealmRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure the operators' realm exists, with a first operator whose password is the bootstrap
 * secret; retried until Keycloak answers. Later operators are created in that realm by operators.
 */
@ApplicationScoped
public class OperatorsRealmBootstrap {

    static final String FIRST_OPERATOR = "operateur";
    private static final Logger LOG = Logger.getLogger(OperatorsRealmBootstrap.class.getName());

    @Inject
    KeycloakAdmins admins;

    @Inject
    IdentitySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        scheduler.schedule(this::attempt, 0, TimeUnit.SECONDS);
    }

    private void attempt() {
        try {
            ensureRealm();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "operators' realm not ready yet, retrying in 10 s: " + e.getMessage());
            scheduler.schedule(this::attempt, 10, TimeUnit.SECONDS);
        }
    }

    private void ensureRealm() {
        KeycloakAdmin admin = admins.of(settings.defaultPlacement());
        if (admin.realm(RealmRef.OPERATORS_REALM).isEmpty()) {
            admin.createRealm(read());
            LOG.info("operators' realm created");
        }
        settings.bootstrapSecret().ifPresent(secret -> admin.ensureUser(RealmRef.OPERATORS_REALM,
                Json.createObjectBuilder().add("username", FIRST_OPERATOR).add("firstName", "Premier")
                        .add("lastName", "Opérateur").add("email", FIRST_OPERATOR + "@civitas.invalid")
                        .add("emailVerified", true).build(),
                secret, List.of(CouncilRole.OPERATOR)));
    }

    private static JsonObject read() {
        try (InputStream in = OperatorsRealmBootstrap.class.getResourceAsStream("/realms/operators-realm.json");
             var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

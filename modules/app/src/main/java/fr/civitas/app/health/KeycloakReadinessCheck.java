package fr.civitas.app.health;

import fr.civitas.identity.spi.IdentityServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether each Keycloak placement answers ({@code keycloak.default: UP} or {@code DOWN}), as data
 * and as a warning in the log: the check itself stays UP. Without Keycloak nobody logs in, but
 * anonymous pages are still served, which an instance taken out of service would not do.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadinessCheck implements HealthCheck {

    @Inject
    IdentityServers identityServers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("keycloak-placements").up();
        identityServers.answering().forEach((placement, up) -> check.withData("keycloak." + placement, up ? "UP" : "DOWN"));
        return check.build();
    }
}

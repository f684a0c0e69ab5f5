package fr.civitas.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live only while connections to the database can be obtained: an instance that cannot reach
 * its database serves nothing. Orchestrators should give this probe a failure threshold longer
 * than a database fail-over.
 */
@Liveness
@ApplicationScoped
public class DatabaseLivenessCheck implements HealthCheck {

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-connections").status(database.answers()).build();
    }
}

package fr.civitas.app.health;

import fr.civitas.tenancy.application.PlatformStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the platform schema and the tenant schemas are migrated; retries if they were not. */
@Readiness
@ApplicationScoped
public class PlatformSchemaReadinessCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = database.answers() && startup.ensureMigrated();
        return HealthCheckResponse.named("platform-schema-migrated").status(migrated).build();
    }
}

package fr.civitas.app.health;

import fr.civitas.tenancy.application.PlatformStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the schemas are migrated and the database answers. */
@Startup
@ApplicationScoped
public class PlatformStartedCheck implements HealthCheck {

    @Inject
    PlatformStartup startup;

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("platform-started").status(database.answers() && startup.ensureMigrated()).build();
    }
}

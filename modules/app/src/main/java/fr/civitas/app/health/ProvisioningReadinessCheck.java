package fr.civitas.app.health;

import fr.civitas.tenancy.application.ProvisioningWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while an onboarding has stopped without finishing or failing visibly. */
@Readiness
@ApplicationScoped
public class ProvisioningReadinessCheck implements HealthCheck {

    @Inject
    ProvisioningWatch watch;

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        if (!database.answers()) {
            return HealthCheckResponse.named("no-tenant-stuck-provisioning").down().build();
        }
        List<String> stuck = watch.stuckTenants();
        return HealthCheckResponse.named("no-tenant-stuck-provisioning")
                .status(stuck.isEmpty())
                .withData("stuck", String.join(",", stuck))
                .build();
    }
}

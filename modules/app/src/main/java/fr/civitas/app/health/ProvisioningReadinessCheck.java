package fr.civitas.app.health;

import fr.civitas.tenancy.application.ProvisioningWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Counts the onboardings that have stopped without finishing or failing visibly, as data: the
 * check stays UP. A stuck council concerns that council alone, and every instance shares the
 * database, so going DOWN would take the whole platform offline, operators' API included,
 * which is what resumes it. Which councils are stuck goes to the log, never to the health data,
 * which anyone who reaches the probes can read.
 */
@Readiness
@ApplicationScoped
public class ProvisioningReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProvisioningReadinessCheck.class.getName());

    @Inject
    ProvisioningWatch watch;

    @Inject
    DatabaseProbe database;

    private volatile List<String> lastReported = List.of();

    @Override
    public HealthCheckResponse call() {
        if (!database.answers()) {
            // the database's own check already says so; nothing can be counted
            return HealthCheckResponse.named("stuck-onboardings").up().withData("unknown", true).build();
        }
        List<String> stuck;
        try {
            stuck = watch.stuckTenants();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("stuck-onboardings").up().withData("unknown", true).build();
        }
        warnWhenChanged(stuck);
        return HealthCheckResponse.named("stuck-onboardings")
                .up()
                .withData("count", stuck.size())
                .build();
    }

    private void warnWhenChanged(List<String> stuck) {
        if (!stuck.equals(lastReported)) {
            lastReported = stuck;
            if (!stuck.isEmpty()) {
                LOG.warning(() -> "onboarding stopped past its lease for " + stuck
                        + "; resume with POST /api/platform/tenants/{slug}/resume");
            }
        }
    }
}

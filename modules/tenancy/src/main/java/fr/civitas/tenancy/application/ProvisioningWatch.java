package fr.civitas.tenancy.application;

import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Finds onboardings that nobody is moving forward any more. */
@ApplicationScoped
public class ProvisioningWatch {

    @Inject
    TenantDirectory directory;

    @Inject
    TenancySettings settings;

    @Inject
    Clock clock;

    public List<String> stuckTenants() {
        Instant now = clock.instant();
        return directory.unfinishedJobs().stream()
                .filter(job -> job.isStuck(now, settings.onboardingLease()))
                .map(ProvisioningJob::tenantSlug)
                .sorted()
                .toList();
    }
}

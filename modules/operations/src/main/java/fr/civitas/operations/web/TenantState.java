package fr.civitas.operations.web;

import fr.civitas.tenancy.domain.OnboardingStep;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A council as the operators' API shows it, with its onboarding journal. */
public record TenantState(String slug, String name, String kind, String status, String template,
                          String templateVersion, String parent, List<String> domains, Instant createdAt,
                          Identity identity, Provisioning provisioning) {

    /** Where the council's realm lives: which identity server, which realm, which clients. */
    public record Identity(String server, String realm, List<String> clients) {
    }

    public record Provisioning(String status, String lastCompletedStep, String failedStep, String lastError,
                               int attempts, Instant updatedAt) {
    }

    static TenantState of(Tenant tenant, List<String> domains, ProvisioningJob job) {
        Provisioning provisioning = job == null ? null : new Provisioning(
                lower(job.status().name()),
                job.lastCompletedStep().map(TenantState::step).orElse(null),
                job.failedStep().map(TenantState::step).orElse(null),
                job.lastError().orElse(null),
                job.attempts(),
                job.updatedAt());
        return new TenantState(tenant.id().slug(), tenant.name(), tenant.kind().code(), lower(tenant.status().name()),
                tenant.templateName(), tenant.templateVersion(), tenant.parent().map(Object::toString).orElse(null),
                domains, tenant.createdAt(), tenant.view().identityPlacement()
                        .map(server -> new Identity(server, tenant.id().slug(), List.of("portal"))).orElse(null),
                provisioning);
    }

    private static String step(OnboardingStep step) {
        return lower(step.name());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

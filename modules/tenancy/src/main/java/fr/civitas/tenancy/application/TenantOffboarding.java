package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantRealms;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDataExport;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantSchemas;
import fr.civitas.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A council leaves the platform: its data is exported first, then its realm and its schema are
 * deleted, its domains freed, and it stays in the directory as retired. Each step can be run
 * again, so a stopped offboarding is finished by repeating it.
 */
@ApplicationScoped
public class TenantOffboarding {

    public record Offboarded(Tenant tenant, Optional<Path> export) {
    }

    @Inject
    TenantDirectory directory;

    @Inject
    TenantDataExport exporter;

    @Inject
    TenantRealms realms;

    @Inject
    TenantSchemas schemas;

    @Inject
    ProvisioningJournal journal;

    @Inject
    AuditTrail audit;

    public Offboarded offboard(TenantId id, String actor) {
        Tenant tenant = directory.find(id).orElseThrow(
                () -> ProblemException.notFound("tenant-unknown", "Aucune collectivité « " + id.slug() + " »."));
        if (tenant.status() == TenantStatus.RETIRED) {
            return new Offboarded(tenant, Optional.empty());
        }
        if (tenant.status() == TenantStatus.PROVISIONING) {
            throw ProblemException.conflict("onboarding-in-progress",
                    "L'ouverture de « " + id.slug() + " » est en cours ; elle doit finir ou échouer avant son retrait.");
        }
        Path export = exporter.export(tenant, directory.hostsOf(id));
        tenant.view().identityPlacement().ifPresent(placement -> realms.remove(id, placement));
        schemas.drop(id);
        journal.retired(id);
        audit.record(actor, id, "tenant.retired", "export: " + export.getFileName());
        return new Offboarded(directory.find(id).orElseThrow(), Optional.of(export));
    }
}

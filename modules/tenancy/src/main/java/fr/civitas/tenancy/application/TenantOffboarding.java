package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantRealms;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDataExport;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A council leaves the platform: its data is exported first, then its realm and its schema are
 * deleted, its domains freed, and it stays in the directory as retired. The run holds the
 * council's provisioning job, so no onboarding can resume it meanwhile or afterwards. Each step
 * can be run again, so a stopped offboarding is finished by repeating it.
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
        if (directory.find(id).isEmpty()) {
            throw ProblemException.notFound("tenant-unknown", "Aucune collectivité « " + id.slug() + " ».");
        }
        if (!begin(id)) {
            return new Offboarded(directory.find(id).orElseThrow(), exportOf(id));
        }
        Path export;
        try {
            export = exporter.export(directory.find(id).orElseThrow(), directory.hostsOf(id));
            journal.exported(id, export.toString());
            directory.find(id).orElseThrow().view().identityPlacement().ifPresent(placement -> realms.remove(id, placement));
            schemas.drop(id);
            journal.retired(id);
        } catch (RuntimeException e) {
            journal.offboardingStopped(id, Failures.describe(e));
            throw e;
        }
        audit.record(actor, id, "tenant.retired", "export: " + export.getFileName());
        return new Offboarded(directory.find(id).orElseThrow(), Optional.of(export));
    }

    private boolean begin(TenantId id) {
        try {
            return journal.beginOffboarding(id);
        } catch (RuntimeException e) {
            if (!(e instanceof ProblemException) && Failures.lostRace(e)) {
                throw ProvisioningJournal.offboardingInProgress(id);
            }
            throw e;
        }
    }

    private Optional<Path> exportOf(TenantId id) {
        return directory.jobOf(id).flatMap(ProvisioningJob::exportFile).map(Path::of);
    }
}

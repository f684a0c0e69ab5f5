package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.kernel.lifecycle.CouncilData;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDataExport;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantSchemas;
import fr.civitas.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A council leaves the platform: its portal is closed, its data exported (each module writes its
 * section), then each module removes what it keeps outside the schema (its realm…), the schema
 * is dropped, its domains freed, and it stays in the directory as retired. The run holds the
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
    Instance<CouncilData> modules;

    @Inject
    TenantSchemas schemas;

    @Inject
    ProvisioningJournal journal;

    @Inject
    AuditTrail audit;

    @Inject
    TenancySettings settings;

    public Offboarded offboard(TenantId id, String actor) {
        if (directory.find(id).isEmpty()) {
            throw ProblemException.notFound("tenant-unknown", TenancyTexts.get("collectivite.inconnue", id.slug()));
        }
        Optional<TenantStatus> before = begin(id);
        if (before.isEmpty()) {
            return new Offboarded(directory.find(id).orElseThrow(), exportOf(id));
        }
        if (before.get() == TenantStatus.ACTIVE) {
            audit.record(actor, id, "tenant.suspended", "avant son retrait");
            awaitOtherInstances();
        }
        Path export;
        try {
            TenantView council = directory.find(id).orElseThrow().view();
            export = BoundCouncilWork.within(council, () -> export(id));
            for (CouncilData module : modules) {
                BoundCouncilWork.within(council, () -> {
                    module.cleanUp(council);
                    return null;
                });
            }
            schemas.drop(id);
            journal.retired(id);
        } catch (RuntimeException e) {
            journal.offboardingStopped(id, Failures.describe(e));
            throw e;
        }
        audit.record(actor, id, "tenant.retired", "export: " + export.getFileName());
        return new Offboarded(directory.find(id).orElseThrow(), Optional.of(export));
    }

    /*
     * Other instances keep serving a council they looked up a moment ago until their lookup cache
     * expires: the snapshot exported must not miss what they write meanwhile.
     */
    private void awaitOtherInstances() {
        try {
            Thread.sleep(settings.lookupCacheTtl().plusSeconds(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before exporting", e);
        }
    }

    /*
     * A repeated run keeps the export of the first: a run stopped after deleting the realm or
     * dropping the schema would export less than there was. Nothing changed since: the council
     * was closed to citizens and no onboarding or reinstatement can touch it while it leaves.
     */
    private Path export(TenantId id) {
        Optional<Path> earlier = exportOf(id);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Path export = exporter.export(directory.find(id).orElseThrow(), directory.hostsOf(id));
        journal.exported(id, export.toString());
        return export;
    }

    private Optional<TenantStatus> begin(TenantId id) {
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

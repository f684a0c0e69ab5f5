package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.JobStatus;
import fr.civitas.tenancy.domain.OnboardingStep;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records the saga's progress, each change in a transaction of its own, so that what a step
 * did stays recorded whatever happens to the next one.
 */
@ApplicationScoped
public class ProvisioningJournal {

    @Inject
    TenantDirectory directory;

    @Inject
    TenancySettings settings;

    @Inject
    TenantResolution resolution;

    @Inject
    Clock clock;

    /**
     * Takes the job for this run; refused while another run holds it, and once the council is
     * leaving. A job just registered belongs to the run that registered it until its lease would
     * have expired: a repeated request arriving meanwhile finds it in progress.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public ProvisioningJob claim(TenantId id, boolean registeredByThisRun) {
        Instant now = clock.instant();
        ProvisioningJob job = jobOf(id);
        Tenant tenant = tenantOf(id);
        if (tenant.status() == TenantStatus.RETIRED || job.isLeaving()) {
            throw leaving(id, tenant);
        }
        if (job.status() == JobStatus.DONE) {
            return job;
        }
        if (job.isHeld(now) || !registeredByThisRun && job.awaitsItsFirstRun(now, settings.onboardingLease())) {
            throw inProgress(id);
        }
        job.claim(now, settings.onboardingLease());
        if (tenant.status() == TenantStatus.FAILED) {
            tenant.resumeProvisioning(now);
            resolution.forgetAll();
        }
        return job;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void completed(TenantId id, OnboardingStep step) {
        Instant now = clock.instant();
        jobOf(id).completed(step, now, settings.onboardingLease());
        if (step == OnboardingStep.ACTIVATION) {
            tenantOf(id).activate(now);
            resolution.forgetAll();
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void failed(TenantId id, OnboardingStep step, String error) {
        Instant now = clock.instant();
        jobOf(id).failed(step, error, now);
        tenantOf(id).markFailed(now);
        resolution.forgetAll();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void realmPlaced(TenantId id, String server) {
        tenantOf(id).placeRealm(server, clock.instant());
        resolution.forgetAll();
    }

    /**
     * Takes the job for an offboarding run, which no onboarding run can then claim, and closes an
     * active council's portal; refused while an onboarding is under way or another offboarding
     * run holds the job.
     *
     * @return the status the council had, empty when it has already left
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<TenantStatus> beginOffboarding(TenantId id) {
        Instant now = clock.instant();
        Tenant tenant = tenantOf(id);
        ProvisioningJob job = jobOf(id);
        TenantStatus before = tenant.status();
        if (before == TenantStatus.RETIRED) {
            return Optional.empty();
        }
        if (job.isHeld(now)) {
            throw job.isLeaving() ? offboardingInProgress(id) : inProgress(id);
        }
        if (tenant.status() == TenantStatus.PROVISIONING) {
            throw ProblemException.conflict("onboarding-in-progress",
                    TenancyTexts.get("ouverture.en-cours-avant-retrait", id.slug()));
        }
        job.beginOffboarding(now, settings.onboardingLease());
        if (before == TenantStatus.ACTIVE) {
            tenant.suspend(now);
            resolution.forgetAll();
        }
        return Optional.of(before);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void exported(TenantId id, String file) {
        jobOf(id).exported(file, clock.instant());
    }

    /** The offboarding run failed: the council stays leaving, and a repeated offboarding resumes at once. */
    @Transactional(TxType.REQUIRES_NEW)
    public void offboardingStopped(TenantId id, String error) {
        jobOf(id).offboardingStopped(error, clock.instant());
    }

    /** The council has left: retired, its job closed, its host names free for others. */
    @Transactional(TxType.REQUIRES_NEW)
    public void retired(TenantId id) {
        Instant now = clock.instant();
        tenantOf(id).retire(now);
        jobOf(id).close(now);
        directory.releaseHosts(id);
        resolution.forgetAll();
    }

    /**
     * Marks a council failed after the application's migrations failed on its schema; a council
     * that started leaving meanwhile keeps its offboarding, which alone may finish it.
     *
     * @return false when the council is leaving and was left as it was
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean migrationFailed(TenantId id, String error) {
        Instant now = clock.instant();
        ProvisioningJob job = jobOf(id);
        if (job.isLeaving()) {
            return false;
        }
        job.migrationFailed(error, now);
        tenantOf(id).markFailed(now);
        resolution.forgetAll();
        return true;
    }

    static ProblemException inProgress(TenantId id) {
        return ProblemException.conflict("onboarding-in-progress",
                TenancyTexts.get("ouverture.en-cours", id.slug()));
    }

    static ProblemException offboardingInProgress(TenantId id) {
        return ProblemException.conflict("offboarding-in-progress",
                TenancyTexts.get("retrait.en-cours", id.slug()));
    }

    private static ProblemException leaving(TenantId id, Tenant tenant) {
        if (tenant.status() == TenantStatus.RETIRED) {
            return ProblemException.conflict("tenant-retired",
                    TenancyTexts.get("ouverture.collectivite-retiree", id.slug()));
        }
        return ProblemException.conflict("tenant-leaving",
                TenancyTexts.get("ouverture.retrait-commence", id.slug()));
    }

    private ProvisioningJob jobOf(TenantId id) {
        return directory.jobOf(id).orElseThrow(() -> new IllegalStateException("no provisioning job for " + id));
    }

    private Tenant tenantOf(TenantId id) {
        return directory.find(id).orElseThrow(() -> new IllegalStateException("no tenant " + id));
    }
}

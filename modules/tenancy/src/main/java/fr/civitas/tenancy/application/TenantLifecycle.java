package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.AuditEntry;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** What operators do to a council once it is onboarded: suspend it and reinstate it. */
@ApplicationScoped
public class TenantLifecycle {

    @Inject
    TenantDirectory directory;

    @Inject
    TenantResolution resolution;

    @Inject
    Clock clock;

    @Transactional
    public Tenant suspend(TenantId id, String actor) {
        Tenant tenant = existing(id);
        try {
            tenant.suspend(clock.instant());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("tenant-not-active",
                    TenancyTexts.get("suspension.non-ouverte", id.slug()));
        }
        directory.record(new AuditEntry(clock.instant(), actor, id.slug(), "tenant.suspended", null));
        resolution.forgetAll();
        return tenant;
    }

    @Transactional
    public Tenant reinstate(TenantId id, String actor) {
        Tenant tenant = existing(id);
        Instant now = clock.instant();
        if (directory.jobOf(id).filter(ProvisioningJob::isLeaving).isPresent()) {
            throw ProblemException.conflict("tenant-leaving",
                    TenancyTexts.get("reouverture.retrait-commence", id.slug()));
        }
        try {
            tenant.reinstate(now);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("tenant-not-suspended",
                    TenancyTexts.get("reouverture.non-suspendue", id.slug()));
        }
        directory.record(new AuditEntry(now, actor, id.slug(), "tenant.reinstated", null));
        resolution.forgetAll();
        return tenant;
    }

    private Tenant existing(TenantId id) {
        return directory.find(id).orElseThrow(
                () -> ProblemException.notFound("tenant-unknown",
                        TenancyTexts.get("collectivite.inconnue", id.slug())));
    }
}

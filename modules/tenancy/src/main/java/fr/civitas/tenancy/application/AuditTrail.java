package fr.civitas.tenancy.application;

import fr.civitas.kernel.audit.AuditLog;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.AuditEntry;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the platform audit log; other modules reach it through the kernel's {@link AuditLog}. */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    @Inject
    TenantDirectory directory;

    @Inject
    Clock clock;

    @Inject
    CurrentTenant currentTenant;

    /** For the council bound to the request. */
    @Override
    @Transactional
    public void record(String actor, String action, String detail) {
        record(actor, currentTenant.require().id(), action, detail);
    }

    @Transactional
    public void record(String actor, TenantId tenant, String action, String detail) {
        directory.record(new AuditEntry(clock.instant(), actor, tenant == null ? null : tenant.slug(), action, detail));
    }
}

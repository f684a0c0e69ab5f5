package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.AuditEntry;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the platform audit log. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    TenantDirectory directory;

    @Inject
    Clock clock;

    @Transactional
    public void record(String actor, TenantId tenant, String action, String detail) {
        directory.record(new AuditEntry(clock.instant(), actor, tenant == null ? null : tenant.slug(), action, detail));
    }
}

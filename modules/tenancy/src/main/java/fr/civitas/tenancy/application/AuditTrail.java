package fr.civitas.tenancy.application;

import fr.civitas.kernel.audit.AuditLog;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.AuditEntry;
import fr.civitas.tenancy.domain.CouncilAudit;
import fr.civitas.tenancy.domain.CouncilAuditEntry;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit logs: a council's changes to its own data go to its schema, in the transaction of
 * the change (other modules reach it through the kernel's {@link AuditLog}); what operators do
 * to a council goes to the platform's log.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    /** One line of a council's audit, wherever it is kept. */
    public record Line(Instant at, String actor, String action, String detail) {
    }

    @Inject
    TenantDirectory directory;

    @Inject
    CouncilAudit councilAudit;

    @Inject
    Clock clock;

    /** For the council bound to the request, in its schema. */
    @Override
    public void record(String actor, String action, String detail) {
        councilAudit.add(new CouncilAuditEntry(clock.instant(), actor, action, detail));
    }

    /** What an operator did to a council, in the platform's log. */
    @Transactional
    public void record(String actor, TenantId tenant, String action, String detail) {
        directory.record(new AuditEntry(clock.instant(), actor, tenant == null ? null : tenant.slug(), action, detail));
    }

    /** Both logs of a council, oldest first; its own log is in its export once it has started leaving. */
    public List<Line> of(Tenant council) {
        List<Line> lines = new ArrayList<>();
        directory.auditOf(council.id()).forEach(entry -> lines.add(
                new Line(entry.occurredAt(), entry.actor(), entry.action(), entry.detail())));
        boolean leaving = directory.jobOf(council.id()).filter(ProvisioningJob::isLeaving).isPresent();
        if (council.isInService() && !leaving) {
            BoundCouncilWork.within(council.view(), () -> councilAudit.all()).forEach(entry -> lines.add(
                    new Line(entry.occurredAt(), entry.actor(), entry.action(), entry.detail())));
        }
        lines.sort(Comparator.comparing(Line::at));
        return lines;
    }
}

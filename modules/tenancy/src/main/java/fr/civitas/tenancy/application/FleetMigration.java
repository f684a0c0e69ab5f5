package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantSchemas;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings every tenant schema to the application's version, a bounded number at a time. A
 * tenant whose migration fails is marked failed and the others carry on.
 */
@ApplicationScoped
public class FleetMigration {

    private static final Logger LOG = Logger.getLogger(FleetMigration.class.getName());

    public record Report(int migrated, List<TenantId> failed) {
    }

    @Inject
    TenantDirectory directory;

    @Inject
    TenantSchemas schemas;

    @Inject
    ProvisioningJournal journal;

    @Inject
    TenancySettings settings;

    @Resource
    ManagedExecutorService executor;

    public Report migrateAll() {
        List<Tenant> tenants = directory.withSchema();
        int total = tenants.size();
        Queue<TenantId> pending = new ConcurrentLinkedQueue<>(tenants.stream().map(Tenant::id).toList());
        AtomicInteger done = new AtomicInteger();
        Queue<TenantId> failed = new ConcurrentLinkedQueue<>();
        LOG.info(() -> "migrating " + total + " tenant schema(s), " + settings.migrationParallelism() + " at a time");
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.migrationParallelism(), Math.max(total, 1)); i++) {
            workers.add(executor.runAsync(() -> drain(pending, done, failed, total)));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        Report report = new Report(done.get() - failed.size(), List.copyOf(failed));
        LOG.info(() -> "tenant schemas migrated: " + report.migrated() + " ok, " + report.failed().size() + " failed "
                + report.failed());
        return report;
    }

    private void drain(Queue<TenantId> pending, AtomicInteger done, Queue<TenantId> failed, int total) {
        for (TenantId id = pending.poll(); id != null; id = pending.poll()) {
            try {
                schemas.migrate(id);
            } catch (RuntimeException e) {
                failed.add(id);
                if (journal.migrationFailed(id, e.getMessage())) {
                    LOG.log(Level.SEVERE, "migration of tenant " + id + " failed; the tenant is marked failed", e);
                } else {
                    LOG.log(Level.WARNING, "migration of tenant " + id + " failed while it is leaving; its offboarding goes on", e);
                }
            }
            int count = done.incrementAndGet();
            TenantId current = id;
            LOG.info(() -> "tenant schemas: " + count + "/" + total + " (" + current + ")");
        }
    }
}

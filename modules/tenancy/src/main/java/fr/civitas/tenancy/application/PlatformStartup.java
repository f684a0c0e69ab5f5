package fr.civitas.tenancy.application;

import fr.civitas.tenancy.domain.PlatformSchema;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Migrates the platform schema while the application starts, then every tenant schema in the
 * background. Until both are done the platform is not ready; when the database was not
 * reachable, the next health probe starts them again.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    PlatformSchema platformSchema;

    @Inject
    FleetMigration fleet;

    @Resource
    ManagedExecutorService executor;

    private volatile boolean platformMigrated;
    private volatile boolean tenantsMigrated;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // synchronously: requests must find the directory as soon as the application is up
        migratePlatform();
        // tasks of a starting application only run once it has started: never wait for them here
        startTenantMigrations();
    }

    /** @return true once the platform schema and the tenant schemas are migrated */
    public boolean ensureMigrated() {
        if (platformMigrated && tenantsMigrated) {
            return true;
        }
        startTenantMigrations();
        return false;
    }

    private synchronized void startTenantMigrations() {
        if (!running.isDone()) {
            return;
        }
        running = executor.runAsync(() -> {
            if (migratePlatform()) {
                fleet.migrateAll();
                tenantsMigrated = true;
            }
        }).exceptionally(failure -> {
            LOG.log(Level.SEVERE, "tenant schema migrations stopped; will retry on the next health probe", failure);
            return null;
        });
    }

    private boolean migratePlatform() {
        if (!platformMigrated) {
            try {
                platformSchema.migrate();
                platformMigrated = true;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "platform schema migration failed; will retry on the next health probe", e);
            }
        }
        return platformMigrated;
    }
}

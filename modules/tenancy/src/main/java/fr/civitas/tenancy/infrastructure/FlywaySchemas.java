package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantMigrations;
import fr.civitas.tenancy.domain.PlatformSchema;
import fr.civitas.tenancy.domain.TenantSchemas;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Schemas and migrations with Flyway. The platform schema has its own history; in a tenant
 * schema every module has a history table of its own, so modules version their tables
 * independently.
 */
@ApplicationScoped
public class FlywaySchemas implements TenantSchemas, PlatformSchema {

    private static final Logger LOG = Logger.getLogger(FlywaySchemas.class.getName());

    @Resource(lookup = ServerPool.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Instance<TenantMigrations> modules;

    @Override
    public void migrate() {
        int applied = configure()
                .schemas("platform")
                .createSchemas(true)
                .table("schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(() -> "platform schema migrated (" + applied + " migration(s) applied)");
    }

    @Override
    public void create(TenantId tenant) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // the schema name comes from a validated TenantId: [a-z0-9_] only
            statement.execute("create schema if not exists " + tenant.schemaName());
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + tenant.schemaName(), e);
        }
    }

    @Override
    public void drop(TenantId tenant) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + tenant.schemaName() + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop schema " + tenant.schemaName(), e);
        }
    }

    @Override
    public void migrate(TenantId tenant) {
        for (TenantMigrations module : orderedModules()) {
            configure()
                    .schemas(tenant.schemaName())
                    .createSchemas(false)
                    .table("schema_history_" + module.module())
                    // other modules' tables share the schema: a module's first run starts from version 0
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .locations("classpath:" + module.location())
                    .load()
                    .migrate();
        }
    }

    /*
     * Liberty's class loaders cannot list a classpath folder: each migration folder carries an
     * empty flyway.location file for Flyway to find it, and callbacks are not scanned for.
     */
    private FluentConfiguration configure() {
        // every module's migrations are in a jar of this application, under one class loader
        return Flyway.configure(FlywaySchemas.class.getClassLoader())
                .dataSource(new TidyConnections(dataSource))
                .callbackLocations(new String[0]);
    }

    private List<TenantMigrations> orderedModules() {
        return modules.stream().sorted(Comparator.comparing(TenantMigrations::module)).toList();
    }
}

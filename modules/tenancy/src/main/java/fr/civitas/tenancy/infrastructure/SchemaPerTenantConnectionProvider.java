package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate connections from the platform's single pool, switched to the tenant's schema
 * for the current transaction only ({@code SET LOCAL search_path}); a connection handed out
 * without a tenant is switched to a schema that holds nothing. The end of the transaction puts
 * the connection back as it was: nothing needs resetting when the pool takes it back.
 *
 * <p>Not {@code Connection.setSchema}: the pool then restores the schema when the connection
 * returns, and under JTA that happens after the commit, while auto-commit is still off — the
 * statement opens a transaction that nobody ends, and the next user of the connection (the
 * offboarding export, which sets its isolation level) fails.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** Never created: a search path pointing here resolves no table at all. */
    public static final String NO_TENANT_SCHEMA = "civitas_no_tenant";


    @Override
    public Connection getAnyConnection() throws SQLException {
        OneUnitPerTransaction.enter(OneUnitPerTransaction.TENANT);
        return switchTo(ServerPool.dataSource().getConnection(), NO_TENANT_SCHEMA);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        String schema = TenantId.of(tenantIdentifier).schemaName();
        OneUnitPerTransaction.enter(OneUnitPerTransaction.TENANT);
        return switchTo(ServerPool.dataSource().getConnection(), schema);
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        // no SQL here: under JTA this runs after the commit, and a statement would open a new
        // transaction on the connection the pool is taking back
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (isUnwrappableAs(unwrapType)) {
            return unwrapType.cast(this);
        }
        throw new IllegalArgumentException("cannot unwrap as " + unwrapType);
    }

    private static Connection switchTo(Connection connection, String schema) throws SQLException {
        try {
            try (Statement statement = connection.createStatement()) {
                // the schema name comes from a validated TenantId: [a-z0-9_] only
                statement.execute("set local search_path to " + schema);
                if (outsideATransaction(statement.getWarnings())) {
                    throw new IllegalStateException("a council's data is only reached within a transaction");
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** PostgreSQL warns (25P01) instead of failing when SET LOCAL runs outside a transaction, with no effect. */
    private static boolean outsideATransaction(SQLWarning warnings) {
        for (SQLWarning warning = warnings; warning != null; warning = warning.getNextWarning()) {
            if ("25P01".equals(warning.getSQLState())) {
                return true;
            }
        }
        return false;
    }

}

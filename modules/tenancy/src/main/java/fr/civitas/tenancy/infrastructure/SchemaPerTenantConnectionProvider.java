package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate connections from the platform's single pool, switched to the tenant's schema
 * on checkout and switched to a schema that holds nothing on release. A connection that leaves
 * here without a tenant can therefore read no tenant's tables.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** Never created: a search path pointing here resolves no table at all. */
    public static final String NO_TENANT_SCHEMA = "civitas_no_tenant";

    static final String DATASOURCE_JNDI_NAME = "jdbc/civitas";

    private transient volatile DataSource dataSource;

    /** Used by Hibernate: the pool is the server's {@code jdbc/civitas} data source. */
    public SchemaPerTenantConnectionProvider() {
    }

    public SchemaPerTenantConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return switchTo(dataSource().getConnection(), NO_TENANT_SCHEMA);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        String schema = TenantId.of(tenantIdentifier).schemaName();
        return switchTo(dataSource().getConnection(), schema);
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            // fails when the transaction is aborted; the next checkout sets the schema anyway
            connection.setSchema(NO_TENANT_SCHEMA);
        } finally {
            connection.close();
        }
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
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private DataSource dataSource() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = (DataSource) new InitialContext().lookup(DATASOURCE_JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("data source " + DATASOURCE_JNDI_NAME + " is not bound", e);
            }
            dataSource = current;
        }
        return current;
    }
}

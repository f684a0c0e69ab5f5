package fr.civitas.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The platform unit's connections, from the server's pool as the councils' are, each checked
 * against {@link OneUnitPerTransaction}.
 */
public class PlatformConnectionProvider implements ConnectionProvider {

    private transient volatile DataSource dataSource;

    @Override
    public Connection getConnection() throws SQLException {
        OneUnitPerTransaction.enter(OneUnitPerTransaction.PLATFORM);
        return dataSource().getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return true;
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

    private DataSource dataSource() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = (DataSource) new InitialContext().lookup(SchemaPerTenantConnectionProvider.DATASOURCE_JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("data source " + SchemaPerTenantConnectionProvider.DATASOURCE_JNDI_NAME
                        + " is not bound", e);
            }
            dataSource = current;
        }
        return current;
    }
}

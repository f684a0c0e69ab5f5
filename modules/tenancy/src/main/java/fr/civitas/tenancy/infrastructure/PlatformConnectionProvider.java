package fr.civitas.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The platform unit's connections, from the server's pool as the councils' are, each checked
 * against {@link OneUnitPerTransaction}.
 */
public class PlatformConnectionProvider implements ConnectionProvider {

    @Override
    public Connection getConnection() throws SQLException {
        OneUnitPerTransaction.enter(OneUnitPerTransaction.PLATFORM);
        return ServerPool.dataSource().getConnection();
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
}

package fr.civitas.tenancy.infrastructure;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The platform's one connection pool, the server's {@code jdbc/civitas}, for what Hibernate
 * instantiates itself (the units' connection providers) and cannot have injected.
 */
final class ServerPool {

    static final String JNDI_NAME = "jdbc/civitas";

    private static volatile DataSource dataSource;

    private ServerPool() {
    }

    static DataSource dataSource() {
        DataSource current = dataSource;
        if (current == null) {
            try {
                current = (DataSource) new InitialContext().lookup(JNDI_NAME);
            } catch (NamingException e) {
                throw new IllegalStateException("data source " + JNDI_NAME + " is not bound", e);
            }
            dataSource = current;
        }
        return current;
    }
}

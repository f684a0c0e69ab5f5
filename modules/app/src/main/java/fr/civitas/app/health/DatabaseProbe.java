package fr.civitas.app.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Asks the database, briefly, whether it answers. */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/civitas")
    DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}

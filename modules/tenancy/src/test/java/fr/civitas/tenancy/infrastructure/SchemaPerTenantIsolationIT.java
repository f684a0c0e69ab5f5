package fr.civitas.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.civitas.kernel.tenant.NoTenantBoundException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantKind;
import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.tenancy.application.TenantContext;
import fr.civitas.testkit.PostgresServer;
import fr.civitas.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema-per-tenant wiring of Hibernate, in the shape of Hibernate's own multi-tenancy
 * tests: the same primary key in two tenants, writes in one invisible from the other, and one
 * small pool whose connections go from tenant to tenant, failures included.
 */
class SchemaPerTenantIsolationIT {

    private static final TenantView ALPHA = new TenantView(TenantId.of("alpha"), "Alpha", TenantKind.COMMUNE, "commune");
    private static final TenantView BETA = new TenantView(TenantId.of("beta"), "Beta", TenantKind.COMMUNE, "commune");

    private HikariDataSource pool;
    private SessionFactory sessions;

    private void start(int poolSize) {
        PostgresServer postgres = TestDatabase.shared();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl(TestDatabase.DATABASE));
        config.setUsername(PostgresServer.USER);
        config.setMaximumPoolSize(poolSize);
        // like Liberty's pool: a connection goes back to its original schema when returned
        config.setSchema("public");
        pool = new HikariDataSource(config);
        for (TenantView tenant : new TenantView[] {ALPHA, BETA}) {
            execute("drop schema if exists " + tenant.id().schemaName() + " cascade",
                    "create schema " + tenant.id().schemaName(),
                    "create table " + tenant.id().schemaName() + ".note (id bigint primary key, text varchar(100))");
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.multi_tenant_connection_provider", new SchemaPerTenantConnectionProvider(pool))
                .applySetting("hibernate.tenant_identifier_resolver", new BoundTenantIdentifierResolver())
                .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .build();
        sessions = new MetadataSources(registry).addAnnotatedClass(Note.class).buildMetadata().buildSessionFactory();
    }

    @AfterEach
    void stop() {
        sessions.close();
        pool.close();
    }

    @Test
    void theSamePrimaryKeyHoldsEachTenantsOwnRow() {
        start(2);
        in(ALPHA, session -> persist(session, new Note(1, "note d'Alpha")));
        in(BETA, session -> persist(session, new Note(1, "note de Beta")));

        assertEquals("note d'Alpha", in(ALPHA, session -> session.find(Note.class, 1L).text()));
        assertEquals("note de Beta", in(BETA, session -> session.find(Note.class, 1L).text()));
    }

    @Test
    void aWriteInOneTenantIsInvisibleFromTheOther() {
        start(2);
        in(ALPHA, session -> persist(session, new Note(7, "seulement chez Alpha")));

        assertNull(in(BETA, session -> session.find(Note.class, 7L)));
        assertEquals(0L, count(BETA));
        assertEquals(1L, count(ALPHA));
    }

    @ParameterizedTest(name = "pool of {0}")
    @ValueSource(ints = {1, 2})
    void pooledConnectionsAlternateBetweenTenantsEvenAfterAFailedTransaction(int poolSize) {
        start(poolSize);
        in(ALPHA, session -> persist(session, new Note(1, "A")));
        in(BETA, session -> persist(session, new Note(1, "B")));

        for (int round = 0; round < 5; round++) {
            assertEquals("A", in(ALPHA, session -> session.find(Note.class, 1L).text()));
            assertThrows(RuntimeException.class, () -> in(BETA, session -> {
                session.persist(new Note(2, "B2"));
                session.flush();
                session.persist(new Note(1, "duplicate"));
                session.flush();
                return null;
            }), "a duplicate key aborts the transaction in the middle");
            assertEquals("B", in(BETA, session -> session.find(Note.class, 1L).text()));
            assertNull(in(BETA, session -> session.find(Note.class, 2L)), "the failed transaction left nothing");
            assertEquals("A", in(ALPHA, session -> session.find(Note.class, 1L).text()));
        }
    }

    @Test
    void withoutATenantNothingIsReachable() throws SQLException {
        start(1);
        in(ALPHA, session -> persist(session, new Note(3, "A")));

        assertThrows(NoTenantBoundException.class, () -> sessions.openSession());
        try (Connection released = pool.getConnection()) {
            assertEquals("public", released.getSchema(), "the pool took the connection back without Alpha's schema");
        }
        SchemaPerTenantConnectionProvider provider = new SchemaPerTenantConnectionProvider(pool);
        try (Connection any = provider.getAnyConnection(); Statement statement = any.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeQuery("select * from note"));
        }
    }

    private <T> T in(TenantView tenant, Function<Session, T> work) {
        try (TenantContext.Scope ignored = TenantContext.bind(tenant, "/t/" + tenant.id().slug());
             Session session = sessions.openSession()) {
            session.getTransaction().begin();
            try {
                T result = work.apply(session);
                session.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                session.getTransaction().rollback();
                throw e;
            }
        }
    }

    private long count(TenantView tenant) {
        return in(tenant, session -> session.createQuery("select count(n) from Note n", Long.class).getSingleResult());
    }

    private static Void persist(Session session, Note note) {
        session.persist(note);
        return null;
    }

    private void execute(String... statements) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

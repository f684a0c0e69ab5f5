package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestDatabase;
import fr.civitas.testkit.TestKeycloak;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Browser sessions as the council's schema keeps them: tokens sealed at rest, the realm asked
 * again only once its last word is older than the revalidation delay (2 s in tests), never for a
 * stylesheet, expired sessions and pending logins purged council by council, and logins started
 * per client limited.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    private static final String CLISSON = "clisson";
    private static final String VALLET = "vallet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void councils() {
        PlatformClient platform = PlatformClient.forTestServer();
        for (String council : List.of(CLISSON, VALLET)) {
            Tenants.ensure(platform, Tenants.commune(council, "Ville de " + council));
            People.ensure(council);
        }
    }

    @Test
    void tokensAndVerifiersAreSealedAtRest() throws SQLException {
        BrowserSession browser = logIn(CLISSON, People.citizen(CLISSON));
        String idHash = idHash(browser, CLISSON);
        new BrowserSession(platform.base()).get("/t/" + CLISSON + "/connexion");

        try (Connection connection = database(); PreparedStatement row = connection.prepareStatement(
                "select access_token, refresh_token, id_token from t_clisson.web_session where id_hash = ?")) {
            row.setString(1, idHash);
            try (ResultSet session = row.executeQuery()) {
                assertTrue(session.next(), "the session is in its council's schema");
                for (int column = 1; column <= 3; column++) {
                    String stored = session.getString(column);
                    assertTrue(stored.startsWith("v1."), "sealed: " + stored);
                    assertFalse(stored.contains("eyJ"), "no token in clear");
                }
            }
        }
        try (Connection connection = database(); ResultSet attempts = connection.createStatement()
                .executeQuery("select nonce, code_verifier from t_clisson.login_attempt where state not like 'perimee-%'")) {
            assertTrue(attempts.next(), "a pending login");
            assertTrue(attempts.getString(1).startsWith("v1.") && attempts.getString(2).startsWith("v1."));
        }
        assertEquals(200, browser.get("/t/" + CLISSON + "/espace").statusCode(), "and the session opens them");
    }

    @Test
    void theRealmIsAskedAgainOnlyOnceItsWordIsOlderThanTheDelay() throws SQLException {
        String username = "temporaire-" + CLISSON;
        TestKeycloak.admin().ensureUser(CLISSON, username, People.PASSWORD, "Tem", "Poraire", List.of("citizen"));
        BrowserSession browser = logIn(CLISSON, username);
        String idHash = idHash(browser, CLISSON);
        TestKeycloak.admin().setEnabled(CLISSON, username, false);
        try {
            setCheckedAt(CLISSON, idHash, Instant.now().plus(Duration.ofHours(1)));
            assertEquals(200, browser.get("/t/" + CLISSON + "/espace").statusCode(), "the realm's word still holds: not asked");

            setCheckedAt(CLISSON, idHash, Instant.now().minus(Duration.ofHours(1)));
            assertEquals(303, browser.get("/t/" + CLISSON + "/espace").statusCode(), "asked again: the person is disabled");
            assertFalse(sessionExists(CLISSON, idHash), "the session ended");
        } finally {
            TestKeycloak.admin().setEnabled(CLISSON, username, true);
        }
    }

    @Test
    void aStylesheetOrAnImageNeverChecksTheSession() throws SQLException {
        BrowserSession browser = logIn(CLISSON, People.citizen(CLISSON));
        String idHash = idHash(browser, CLISSON);
        try (Connection connection = database(); PreparedStatement idle = connection.prepareStatement(
                "update t_clisson.web_session set last_seen_at = now() - interval '2 hours' where id_hash = ?")) {
            idle.setString(1, idHash);
            assertEquals(1, idle.executeUpdate());
        }

        assertEquals(200, browser.getAccepting("/t/" + CLISSON + "/theme/portail.css", "text/css,*/*;q=0.1").statusCode());
        assertTrue(sessionExists(CLISSON, idHash), "the stylesheet did not look at the session");
        assertEquals(303, browser.get("/t/" + CLISSON + "/espace").statusCode(), "a personal page does");
        assertFalse(sessionExists(CLISSON, idHash), "and ends it, idle for too long");
    }

    @Test
    void expiredSessionsAndPendingLoginsArePurgedInEveryCouncil() throws Exception {
        BrowserSession fresh = logIn(VALLET, People.agent(VALLET));
        String freshId = idHash(fresh, VALLET);
        List<String> expired = List.of(idHash(logIn(CLISSON, People.editor(CLISSON)), CLISSON),
                idHash(logIn(VALLET, People.editor(VALLET)), VALLET));
        try (Connection connection = database()) {
            for (String council : List.of(CLISSON, VALLET)) {
                String schema = "t_" + council;
                connection.createStatement().executeUpdate("update " + schema + ".web_session set last_seen_at = now() - interval '3 hours'"
                        + " where id_hash in ('" + String.join("','", expired) + "')");
                connection.createStatement().executeUpdate("insert into " + schema + ".login_attempt (state, nonce, code_verifier,"
                        + " return_path, created_at) values ('perimee-" + council + "', 'x', 'x', '/', now() - interval '1 hour')");
            }
        }

        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && (sessionExists(CLISSON, expired.get(0)) || sessionExists(VALLET, expired.get(1))
                || attemptExists(CLISSON) || attemptExists(VALLET))) {
            Thread.sleep(500);
        }
        assertFalse(sessionExists(CLISSON, expired.get(0)), "purged in one council");
        assertFalse(sessionExists(VALLET, expired.get(1)), "and in the other");
        assertFalse(attemptExists(CLISSON) || attemptExists(VALLET), "pending logins too");
        assertTrue(sessionExists(VALLET, freshId), "a live session stays");
        assertEquals(200, fresh.get("/t/" + VALLET + "/espace").statusCode());
    }

    @Test
    void aClientStartingLoginsByTheThousandIsStopped() throws IOException {
        // another loopback address than the other tests': the limit is per client
        InetAddress client = InetAddress.getByName("127.0.0.77");
        int refusedAt = -1;
        for (int i = 1; i <= 40 && refusedAt < 0; i++) {
            String answer = rawGet(client, "/t/" + VALLET + "/connexion");
            if (answer.startsWith("HTTP/1.1 429")) {
                refusedAt = i;
                assertTrue(answer.contains("Trop de tentatives de connexion"), answer);
            } else {
                assertTrue(answer.startsWith("HTTP/1.1 303"), "a login starts: " + answer.lines().findFirst().orElse(""));
            }
        }
        assertEquals(31, refusedAt, "30 logins a minute, then refused");
        assertEquals(303, new BrowserSession(platform.base()).get("/t/" + VALLET + "/connexion").statusCode(),
                "other clients go on");
    }

    private BrowserSession logIn(String council, String username) {
        BrowserSession browser = new BrowserSession(platform.base());
        assertEquals(200, browser.logIn("/t/" + council, username, People.PASSWORD).statusCode());
        return browser;
    }

    private String rawGet(InetAddress from, String path) throws IOException {
        try (Socket socket = new Socket(platform.base().getHost(), platform.base().getPort(), from, 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String idHash(BrowserSession browser, String council) {
        String cookie = browser.cookie("civitas_session").orElseThrow(() -> new AssertionError("no session cookie"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setCheckedAt(String council, String idHash, Instant at) throws SQLException {
        try (Connection connection = database(); PreparedStatement update = connection.prepareStatement(
                "update t_" + council + ".web_session set checked_at = ? where id_hash = ?")) {
            update.setObject(1, java.sql.Timestamp.from(at));
            update.setString(2, idHash);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static boolean sessionExists(String council, String idHash) throws SQLException {
        try (Connection connection = database(); PreparedStatement query = connection.prepareStatement(
                "select 1 from t_" + council + ".web_session where id_hash = ?")) {
            query.setString(1, idHash);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean attemptExists(String council) throws SQLException {
        try (Connection connection = database(); ResultSet rows = connection.createStatement().executeQuery(
                "select 1 from t_" + council + ".login_attempt where state = 'perimee-" + council + "'")) {
            return rows.next();
        }
    }

    private static Connection database() throws SQLException {
        return TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer is the platform's own, errors included: a French page or a problem document with
 * the security headers, never the server's page; pages outside any council are styled, and the
 * platform's root says where to go without listing any council.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformAnswersIT {

    private static final String COUNCIL = "vitre";
    private static final String DOMAIN = "www.vitre.test";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String JSON = "application/json";
    private static final String STYLESHEET = "/plateforme/civitas.css";

    /** Encoded dots, slashes, backslashes and the like: refused by Liberty inside the application. */
    private static final List<String> NASTY_PATHS = List.of(
            "/t/vitre/%2e%2e/laval/", "/t/vitre/%2E%2E/", "/t/vitre/pages/%2e%2e%2fcontact", "/t/%2e%2e/",
            "/api/platform/tenants%2f", "/api/platform/tenants%2F", "/api/platform%2ftenants", "/t/vitre/a%5Cb",
            "/t/vitre/a%5cb", "/t/vitre/a\\b", "/t/vitre/%23", "/t/vitre/pages/contact%2f..%2f..%2f",
            "/plateforme/%2e%2e/", "/t/vitre/%C0%AE%C0%AE/", "/t/vitre/api/%2e%2e/moi");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void aCouncil() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Vitré", DOMAIN));
    }

    @Test
    void aPathWithEncodedDotsOrSlashesIsAnsweredByThePlatformInFrench() {
        for (String path : NASTY_PATHS) {
            RawHttp.Answer forBrowser = RawHttp.get(platform.base(), path, host(), BROWSER);
            if (path.contains("/api")) {
                assertProblemDocument(path, forBrowser);
            } else {
                assertTrue(forBrowser.status() == 400 || forBrowser.status() == 404, path + ": " + forBrowser);
                assertThePlatformsOwn(path, forBrowser);
                assertTrue(forBrowser.header("Content-Type").orElseThrow().startsWith("text/html;charset=utf-8"),
                        path + ": " + forBrowser);
                Document html = Jsoup.parse(forBrowser.body());
                assertEquals("fr", html.selectFirst("html").attr("lang"), path);
                assertFalse(html.select("link[rel=stylesheet][href=" + STYLESHEET + "]").isEmpty(), path + ": " + forBrowser);
            }
            assertProblemDocument(path, RawHttp.get(platform.base(), path, host(), JSON));
        }
        assertEquals(200, RawHttp.get(platform.base(), "/t/vitre/pages/contact", host(), BROWSER).status(),
                "the same council answers a path without them");
    }

    /**
     * A NUL, an escape that decodes to nothing, a dot segment above the root (encoded or not):
     * Liberty refuses them before choosing an application, with one line of its own (in French, the
     * server's locale) that no application can replace. They still carry the security headers, and
     * no stack trace.
     */
    @Test
    void pathsRefusedBeforeAnyApplicationStillCarryTheSecurityHeaders() {
        for (String path : List.of("/t/vitre/a%00b", "/t/vitre/a%zz", "/%", "/..", "/%2e%2e/t/vitre/", "/t/vitre/a/..;/b")) {
            RawHttp.Answer answer = RawHttp.get(platform.base(), path, host(), BROWSER);
            assertEquals(400, answer.status(), path + ": " + answer);
            assertSecurityHeaders(path, answer);
            assertFalse(answer.body().contains("Exception") || answer.body().contains(" at "), path + ": " + answer.body());
        }
    }

    @Test
    void theRootOfThePlatformSaysWhereToGoAndListsNoCouncil() {
        HttpResponse<String> root = platform.get("/", "Accept", BROWSER);

        assertEquals(200, root.statusCode(), root.body());
        Document page = Jsoup.parse(root.body());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertFalse(page.select("link[rel=stylesheet][href=" + STYLESHEET + "]").isEmpty(), root.body());
        assertTrue(page.text().contains("portail de votre collectivité, à son adresse"), page.text());
        assertStyledWithoutInlineStyle(root.body());
        for (JsonObject council : Json.array(platform.operatorGet("/api/platform/tenants").body()).getValuesAs(JsonObject.class)) {
            assertFalse(root.body().contains(council.getString("slug")) || root.body().contains(council.getString("name")),
                    "the root names no council: " + council);
        }
        assertTrue(platform.get("/", "Host", DOMAIN, "Accept", BROWSER).body().contains("Vitré"),
                "on a council's domain, the root is its portal");
    }

    @Test
    void pagesOutsideAnyCouncilAreStyledByThePlatformsOwnStylesheet() throws SQLException {
        execute("""
                insert into platform.tenant (slug, name, kind, status, template_name, template_version,
                                             database_placement, created_at, updated_at)
                values ('en-ouverture', 'Commune en ouverture', 'commune', 'PROVISIONING', 'commune', '1.0.0', 'default',
                        now(), now())
                on conflict do nothing""");
        Map<String, HttpResponse<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("unknown council", platform.get("/t/atlantide/", "Accept", BROWSER));
        pages.put("unknown host", platform.get("/", "Host", "www.inconnue.test", "Accept", BROWSER));
        pages.put("opening", platform.get("/t/en-ouverture/", "Accept", BROWSER));
        assertEquals(200, platform.operatorPost("/api/platform/tenants/" + COUNCIL + "/suspend", "").statusCode());
        try {
            pages.put("suspended", platform.get("/t/" + COUNCIL + "/", "Accept", BROWSER));
            pages.put("suspended, by its domain", platform.get("/", "Host", DOMAIN, "Accept", BROWSER));
        } finally {
            assertEquals(200, platform.operatorPost("/api/platform/tenants/" + COUNCIL + "/reinstate", "").statusCode());
        }

        pages.forEach((what, page) -> {
            assertEquals(what.startsWith("unknown") ? 404 : 503, page.statusCode(), what + ": " + page.body());
            assertFalse(Jsoup.parse(page.body()).select("link[rel=stylesheet][href=" + STYLESHEET + "]").isEmpty(),
                    what + ": " + page.body());
            assertStyledWithoutInlineStyle(page.body());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("style-src 'self'"), what);
        });
        assertTrue(pages.get("unknown host").body().contains("le portail de votre collectivité est à l'adresse"),
                "a visitor lost on an unknown address is told where to look");
        HttpResponse<String> stylesheet = platform.get(STYLESHEET, "Host", "www.inconnue.test");
        assertEquals(200, stylesheet.statusCode());
        assertTrue(stylesheet.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(stylesheet.body().contains("font-family"), stylesheet.body());
    }

    @Test
    void oddHostHeadersAreBadRequestsOrUnknownAddressesNeverAnIncident() throws IOException {
        Path log = Path.of(System.getProperty("civitas.test.server-dir"), "logs", "messages.log");
        long logged = Files.size(log);
        for (String host : List.of("bad host", "a\u0001b", "localhost:99999", "[::1", "[::1]", "a".repeat(300),
                "éléphant.test", "a..b", "_.test", "xn--lphant-bsa.test")) {
            RawHttp.Answer answer = RawHttp.get(platform.base(), "/", host, BROWSER);
            assertTrue(answer.status() == 400 || answer.status() == 404, host + ": " + answer);
            assertThePlatformsOwn(host, answer);
            assertTrue(answer.body().contains("lang=\"fr\""), host + ": " + answer.body());
        }
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(logged, all.length);
        String since = new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(since.contains("incident"), "no incident was logged: " + since);
        assertEquals(200, RawHttp.get(platform.base(), "/", DOMAIN, BROWSER).status(), "a well-formed host is served");
    }

    private static void assertProblemDocument(String path, RawHttp.Answer problem) {
        assertTrue(problem.status() == 400 || problem.status() == 404, path + ": " + problem);
        assertThePlatformsOwn(path, problem);
        assertTrue(problem.header("Content-Type").orElseThrow().startsWith("application/problem+json"), path + ": " + problem);
        JsonObject document = Json.object(problem.body());
        assertEquals(problem.status(), document.getInt("status"), path);
        assertTrue(document.getString("type").startsWith("urn:civitas:problem:"), path);
        assertTrue(document.getString("title").contains("Requête") || document.getString("title").contains("introuvable"),
                path + ": " + document);
    }

    private String host() {
        return "localhost:" + platform.base().getPort();
    }

    private static void assertThePlatformsOwn(String what, RawHttp.Answer answer) {
        assertSecurityHeaders(what, answer);
        for (String liberty : List.of("Exception", "SRVE", "CWWW", "com.ibm", "Error 4", "RequestUtils")) {
            assertFalse(answer.body().contains(liberty), what + ": " + answer.body());
        }
    }

    private static void assertSecurityHeaders(String what, RawHttp.Answer answer) {
        assertTrue(answer.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), what + ": " + answer);
        assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", answer.header("X-Frame-Options").orElse(""), what);
        assertTrue(answer.header("Referrer-Policy").isPresent(), what);
    }

    private static void assertStyledWithoutInlineStyle(String html) {
        Document page = Jsoup.parse(html);
        assertTrue(page.select("style, [style], script").isEmpty(), "no inline style or script: " + html);
        assertFalse(page.select("main h1").isEmpty(), html);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.LibertyTestStack;
import fr.civitas.testkit.OperatorTokens;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestKeycloak;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every address the platform writes for a browser or a realm (redirects, the realm's redirect and
 * post-logout addresses, the operators' new council) comes from the configured public URL or the
 * council's registered domain, whatever Host the request claims; and no redirect may be stored by
 * a shared cache.
 */
@ExtendWith(ArquillianExtension.class)
class PublicAddressesIT {

    private static final String COUNCIL = "dinan";
    private static final String DOMAIN = "www.dinan.test";
    private static final String FORGED = "evil.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void aCouncilWithItsPeople() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Dinan", DOMAIN));
        People.ensure(COUNCIL);
    }

    @Test
    void theCouncilsBarePathRedirectsToItsPublicAddress() {
        for (String host : new String[] {null, FORGED}) {
            HttpResponse<String> redirect = host == null ? platform.get("/t/dinan") : platform.get("/t/dinan", "Host", host);

            assertEquals(308, redirect.statusCode(), redirect.body());
            assertEquals(site() + "/", location(redirect), "by Host " + host);
            assertNotStored(redirect);
        }
    }

    @Test
    void thePersonalSpaceAndTheBackOfficeSendStrangersToTheLoginAtThePublicAddress() {
        for (String page : new String[] {"/espace", "/gestion"}) {
            HttpResponse<String> byPath = platform.get("/t/dinan" + page, "Host", FORGED, "Accept", "text/html");
            HttpResponse<String> byDomain = platform.get(page, "Host", DOMAIN + ":1", "Accept", "text/html");

            assertEquals(303, byPath.statusCode(), byPath.body());
            assertEquals(site() + "/connexion", withoutQuery(location(byPath)));
            assertEquals("/t/dinan" + page, query(location(byPath)).get("retour"));
            assertNotStored(byPath);
            assertEquals(303, byDomain.statusCode(), byDomain.body());
            assertEquals("http://" + DOMAIN + ":" + platform.base().getPort() + "/connexion", withoutQuery(location(byDomain)),
                    "the council's registered domain, with the platform's scheme and port, never the Host's port");
            assertEquals(page, query(location(byDomain)).get("retour"));
            assertNotStored(byDomain);
        }
    }

    @Test
    void theRealmIsGivenThePublicAddressesToAnswerToAndToReturnToAfterTheLogout() {
        BrowserSession browser = new BrowserSession(platform.base());
        HttpResponse<String> toRealm = browser.get("/t/dinan/connexion", "Host", FORGED);
        assertEquals(303, toRealm.statusCode(), toRealm.body());
        assertEquals(site() + "/connexion/retour", query(location(toRealm)).get("redirect_uri"));
        assertNotStored(toRealm);

        HttpResponse<String> loginPage = browser.follow(toRealm);
        String callback = location(browser.submitLoginOnly(loginPage, People.citizen(COUNCIL), People.PASSWORD));
        HttpResponse<String> back = browser.get(callback, "Host", FORGED);
        assertEquals(303, back.statusCode(), back.body());
        assertEquals(site() + "/espace", location(back), "back to the page the login started from");
        assertNotStored(back);

        String token = Jsoup.parse(browser.get("/t/dinan/espace").body()).selectFirst("form[action$=/deconnexion] input[name=_csrf]")
                .val();
        HttpResponse<String> logout = browser.post("/t/dinan/deconnexion", Map.of("_csrf", token), "Host", FORGED);
        assertEquals(303, logout.statusCode(), logout.body());
        assertEquals(site() + "/", query(location(logout)).get("post_logout_redirect_uri"));
        assertNotStored(logout);
    }

    @Test
    void aBackOfficeFormSendsTheEditorBackToThePublicAddress() {
        BackOfficeIT.Staff editor = BackOfficeIT.Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        String token = editor.token("/gestion/menu");

        HttpResponse<String> saved = editor.browser.post("/t/dinan/gestion/menu", Map.of("_csrf", token, "label", "Marché",
                "target", "demarches", "parent", "", "position", "50"), "Host", FORGED);

        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(site() + "/gestion/menu?message=ajoute", location(saved));
        assertNotStored(saved);
    }

    @Test
    void theOperatorsApiNamesANewCouncilAtThePlatformsAddress() {
        String token = OperatorTokens.of(TestKeycloak.admin(), System.getProperty(LibertyTestStack.OPERATOR_SECRET)).current();

        HttpResponse<String> created = platform.postJson("/api/platform/tenants", Tenants.commune("dinan-agglo", "Dinan Agglomération"),
                "Authorization", "Bearer " + token, "Accept", "application/json", "Host", "localhost:1");

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(platform.base().resolve("/api/platform/tenants/dinan-agglo").toString(), location(created),
                "the platform's own port, not the one the Host header claimed");
    }

    /** The council's portal by its path, at the platform's configured address (the tests' server). */
    private String site() {
        return platform.base().resolve("/t/" + COUNCIL).toString();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + response));
    }

    private static void assertNotStored(HttpResponse<String> redirect) {
        String policy = redirect.headers().firstValue("Cache-Control").orElse("");
        assertTrue(policy.contains("no-store") || policy.contains("private"), "a redirect a shared cache may keep: " + policy);
    }

    private static String withoutQuery(String address) {
        return address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
    }

    private static Map<String, String> query(String address) {
        return Arrays.stream(URI.create(address).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (first, second) -> first));
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.CachingProxy;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestKeycloak;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production reverse proxy ({@code docker/proxy/civitas.conf} on this machine's nginx) in front
 * of the platform: anonymous pages come from its cache; a request carrying a person (session cookie
 * or bearer token) is never answered from it nor stored in it, and personal pages never are.
 */
@ExtendWith(ArquillianExtension.class)
class CachingProxyIT {

    private static final String COUNCIL = "cosse";
    private static final String HOME = "/t/" + COUNCIL + "/";
    private static final String SPACE = "/t/" + COUNCIL + "/espace";
    /** On every page of a logged-in person, never on an anonymous one. */
    private static final String LOGOUT_FORM = "/deconnexion\"";

    private static CachingProxy proxy;
    private static PlatformClient throughProxy;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void anAnonymousPageIsServedFromTheCacheWithThePlatformsPolicy() {
        PlatformClient proxied = proxied();

        HttpResponse<String> first = proxied.get(HOME);
        HttpResponse<String> second = proxied.get(HOME);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals("HIT", cacheStatus(second));
        assertEquals(first.body(), second.body());
        assertTrue(second.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"), second.headers().toString());
        assertTrue(second.headers().firstValue("ETag").isPresent(), "the validator the proxy revalidates with");
    }

    @Test
    void theProxyPassesTheHostSoThatACouncilIsFoundByItsDomain() {
        PlatformClient proxied = proxied();

        proxied.get("/", "Host", "www.cosse.test");
        HttpResponse<String> byDomain = proxied.get("/", "Host", "www.cosse.test");

        assertEquals(200, byDomain.statusCode(), byDomain.body());
        assertTrue(byDomain.body().contains("Cossé-le-Vivien"), byDomain.body());
        assertEquals("HIT", cacheStatus(byDomain));
        assertNotEquals(byDomain.body(), proxied.get("/", "Host", "www.autre.test").body(), "cached per host");
    }

    @Test
    void aRequestWithASessionCookieIsNeitherAnsweredFromTheCacheNorStored() {
        PlatformClient proxied = proxied();
        String cookie = "civitas_session=" + loggedInCitizen();
        assertEquals("HIT", warmedUp(proxied, HOME), "positive control: the anonymous page is in the cache");

        HttpResponse<String> personal = proxied.get(HOME, "Cookie", "autre=1; " + cookie);

        assertEquals(200, personal.statusCode(), personal.body());
        assertEquals("BYPASS", cacheStatus(personal));
        assertTrue(personal.body().contains(LOGOUT_FORM), "the person's own page: " + personal.body());
        HttpResponse<String> anonymous = proxied.get(HOME);
        assertEquals("HIT", cacheStatus(anonymous));
        assertFalse(anonymous.body().contains(LOGOUT_FORM), "the person's page was not stored");
    }

    @Test
    void aRequestWithABearerTokenIsNeitherAnsweredFromTheCacheNorStored() {
        PlatformClient proxied = proxied();
        String token = People.token(COUNCIL, People.citizen(COUNCIL));
        assertEquals("HIT", warmedUp(proxied, HOME));

        HttpResponse<String> personal = proxied.get(HOME, "Authorization", "Bearer " + token);

        assertEquals(200, personal.statusCode(), personal.body());
        assertEquals("BYPASS", cacheStatus(personal));
        assertTrue(personal.body().contains(LOGOUT_FORM), personal.body());
        HttpResponse<String> anonymous = proxied.get(HOME);
        assertEquals("HIT", cacheStatus(anonymous));
        assertFalse(anonymous.body().contains(LOGOUT_FORM));
    }

    @Test
    void theCitizensSpaceIsNeverStored() {
        PlatformClient proxied = proxied();
        String cookie = "civitas_session=" + loggedInCitizen();

        HttpResponse<String> first = proxied.get(SPACE, "Cookie", cookie);
        HttpResponse<String> second = proxied.get(SPACE, "Cookie", cookie);
        HttpResponse<String> anonymous = proxied.get(SPACE);
        HttpResponse<String> anonymousAgain = proxied.get(SPACE);

        assertEquals(200, second.statusCode(), second.body());
        assertTrue(second.body().contains(People.citizen(COUNCIL)), second.body());
        assertEquals("BYPASS", cacheStatus(first));
        assertEquals("BYPASS", cacheStatus(second));
        assertEquals(303, anonymousAgain.statusCode(), "a visitor is sent to log in: " + anonymousAgain.body());
        assertFalse(anonymous.body().contains(People.citizen(COUNCIL)) || anonymousAgain.body().contains(People.citizen(COUNCIL)));
        assertNotEquals("HIT", cacheStatus(anonymousAgain));
    }

    /** The anonymous page once the proxy holds it; its last cache status. */
    private static String warmedUp(PlatformClient proxied, String path) {
        proxied.get(path);
        return cacheStatus(proxied.get(path));
    }

    private String loggedInCitizen() {
        BrowserSession browser = new BrowserSession(platform.base());
        HttpResponse<String> landed = browser.logIn("/t/" + COUNCIL, People.citizen(COUNCIL), People.PASSWORD);
        assertEquals(200, landed.statusCode(), landed.body());
        return browser.cookie("civitas_session").orElseThrow();
    }

    private static String cacheStatus(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache-Status").orElse("(none)");
    }

    /** The proxy in front of the test server, with the council and its people ready. */
    private PlatformClient proxied() {
        synchronized (CachingProxyIT.class) {
            if (proxy == null) {
                Tenants.ensure(platform, Tenants.commune(COUNCIL, "Cossé-le-Vivien", "www.cosse.test"));
                People.ensure(COUNCIL);
                Path work = Path.of(System.getProperty("civitas.test.work-dir", "target"));
                proxy = CachingProxy.start(Path.of(System.getProperty("civitas.test.proxy-config")), work.resolve("caching-proxy"),
                        platform.base(), TestKeycloak.admin().url());
                throughProxy = new PlatformClient(proxy.url(), null);
            }
            return throughProxy;
        }
    }
}

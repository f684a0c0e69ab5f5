package fr.civitas.app;

import static fr.civitas.app.OnboardingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.KeycloakAdminClient;
import fr.civitas.testkit.OperatorTokens;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logging in through each council's own realm, and every way of using one council's
 * credentials somewhere else: all refused, with a problem document, and nothing of the other
 * council shown.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

    private static final String ANJOU = "anjou";
    private static final String ANGERS = "angers";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void twoCouncilsWithTheirPeople() {
        PlatformClient platform = PlatformClient.forTestServer();
        Tenants.ensure(platform, Tenants.request(ANJOU, "Département de Maine-et-Loire", "departement", "departement", null));
        Tenants.ensure(platform, Tenants.request(ANGERS, "Ville d'Angers", "commune", "commune", ANJOU));
        People.ensure(ANJOU);
        People.ensure(ANGERS);
    }

    @Test
    void aCitizenOfEachCouncilLogsInThroughItsRealmAndOut() {
        for (String council : List.of(ANJOU, ANGERS)) {
            BrowserSession browser = new BrowserSession(platform.base());

            HttpResponse<String> askLogin = browser.get("/t/" + council + "/espace");
            assertEquals(303, askLogin.statusCode());
            HttpResponse<String> loginPage = browser.follow(askLogin);
            assertTrue(loginPage.uri().getPath().startsWith("/realms/" + council + "/"), loginPage.uri().toString());
            assertTrue(loginPage.body().contains("lang=\"fr\""), "login page in French");
            assertTrue(loginPage.body().contains("/t/" + council + "/theme/login.css"), "the council's stylesheet");

            HttpResponse<String> space = browser.submitLogin(loginPage, People.citizen(council), People.PASSWORD);
            assertEquals(200, space.statusCode(), space.body());
            assertEquals("/t/" + council + "/espace", space.uri().getPath());
            assertTrue(space.body().contains(People.citizen(council)), space.body());
            assertTrue(space.body().contains("Usager"));
            assertTrue(space.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

            HttpResponse<String> loggedOut = browser.follow(browser.logOut("/t/" + council));
            assertEquals(200, loggedOut.statusCode(), loggedOut.body());
            assertEquals(303, browser.get("/t/" + council + "/espace").statusCode(), "logged out");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndScopedToItsCouncil() {
        BrowserSession browser = new BrowserSession(platform.base());
        HttpResponse<String> loginPage = browser.follow(browser.get("/t/" + ANJOU + "/connexion"));
        HttpResponse<String> toCallback = browser.submitLoginOnly(loginPage, People.citizen(ANJOU), People.PASSWORD);
        HttpResponse<String> callback = browser.get(toCallback.headers().firstValue("Location").orElseThrow());
        assertEquals(303, callback.statusCode(), callback.body());
        String setCookie = callback.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("civitas_session=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/t/" + ANJOU + "/"), setCookie);
    }

    @Test
    void aLoginAnsweredToAnotherBrowserIsRefused() {
        BrowserSession attacker = new BrowserSession(platform.base());
        HttpResponse<String> loginPage = attacker.follow(attacker.get("/t/" + ANJOU + "/connexion"));
        String callback = attacker.submitLoginOnly(loginPage, People.citizen(ANJOU), People.PASSWORD)
                .headers().firstValue("Location").orElseThrow();

        BrowserSession victim = new BrowserSession(platform.base());
        HttpResponse<String> planted = victim.get(callback);

        assertEquals(400, planted.statusCode(), planted.body());
        assertTrue(planted.body().contains("Connexion impossible"), planted.body());
        assertTrue(victim.cookie("civitas_session").isEmpty(), "no session for the victim");
        assertEquals(303, attacker.get(callback).statusCode(), "the browser that started the login finishes it");
    }

    @Test
    void logoutIsAFormOfThePortalOnly() {
        BrowserSession browser = new BrowserSession(platform.base());
        browser.logIn("/t/" + ANJOU, People.citizen(ANJOU), People.PASSWORD);

        assertEquals(405, browser.get("/t/" + ANJOU + "/deconnexion").statusCode(), "no logout by link");
        assertEquals(403, browser.post("/t/" + ANJOU + "/deconnexion", Map.of()).statusCode(), "no logout without the token");
        assertEquals(403, browser.post("/t/" + ANJOU + "/deconnexion", Map.of("_csrf", "forged")).statusCode());
        assertEquals(200, browser.get("/t/" + ANJOU + "/espace").statusCode(), "still logged in");

        assertEquals(303, browser.logOut("/t/" + ANJOU).statusCode());
        assertEquals(303, browser.get("/t/" + ANJOU + "/espace").statusCode(), "logged out");
    }

    @Test
    void afterLoginTheBrowserStaysOnItsCouncil() {
        for (String elsewhere : List.of("/t/" + ANJOU + "/%2e%2e/" + ANGERS + "/espace", "/t/" + ANJOU + "/../" + ANGERS + "/espace",
                "https://exemple.invalid/", "//exemple.invalid/t/" + ANJOU + "/", "/t/" + ANJOU + "/recherche?q=a|b")) {
            BrowserSession browser = new BrowserSession(platform.base());
            HttpResponse<String> loginPage = browser.follow(browser.get("/t/" + ANJOU + "/connexion?retour="
                    + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8)));
            HttpResponse<String> toCallback = browser.submitLoginOnly(loginPage, People.citizen(ANJOU), People.PASSWORD);
            HttpResponse<String> back = browser.get(toCallback.headers().firstValue("Location").orElseThrow());

            assertEquals(303, back.statusCode(), back.body());
            assertEquals(platform.base().resolve("/t/" + ANJOU + "/espace").toString(),
                    back.headers().firstValue("Location").orElseThrow(), elsewhere);
        }
    }

    @Test
    void aRoleWithdrawnInTheRealmLeavesTheSessionWhenItsTokenIsRenewed() throws InterruptedException {
        String council = "chalonnes";
        Tenants.ensure(platform, Tenants.commune(council, "Chalonnes-sur-Loire"));
        People.ensure(council);
        TestKeycloak.admin().setAccessTokenLifespan(council, 2);
        BrowserSession agent = new BrowserSession(platform.base());
        agent.logIn("/t/" + council, People.agent(council), People.PASSWORD);
        assertEquals(200, agent.get("/t/" + council + "/gestion").statusCode());

        TestKeycloak.admin().withdrawRole(council, People.agent(council), "agent");
        try {
            Thread.sleep(3_000);
            assertEquals(403, agent.get("/t/" + council + "/gestion").statusCode(), "the role is gone");
            assertEquals(200, agent.get("/t/" + council + "/espace").statusCode(), "the person is still logged in");
        } finally {
            TestKeycloak.admin().grantRole(council, People.agent(council), "agent");
        }
    }

    @Test
    void aCouncilRealmCannotMakeAnOperator() {
        TestKeycloak.admin().ensureRealmRole(ANGERS, "operator");
        TestKeycloak.admin().grantRole(ANGERS, People.admin(ANGERS), "operator");
        String token = People.token(ANGERS, People.admin(ANGERS));
        BrowserSession browser = new BrowserSession(platform.base());
        browser.logIn("/t/" + ANGERS, People.admin(ANGERS), People.PASSWORD);

        for (String path : List.of("/api/platform/tenants", "/api;x/platform/tenants", "/api/%70latform/tenants",
                "/api/platform;v=1/tenants")) {
            HttpResponse<String> direct = platform.get(path, "Authorization", "Bearer " + token, "Accept", "application/json");
            assertTrue(direct.statusCode() == 401 || direct.statusCode() == 404, path + ": " + direct.body());
            assertTrue(direct.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertProblem(platform.get("/t/" + ANGERS + path, "Authorization", "Bearer " + token, "Accept", "application/json"),
                    404, "not-found");
            HttpResponse<String> bySession = browser.get("/t/" + ANGERS + path);
            assertEquals(404, bySession.statusCode(), path + ": " + bySession.body());
        }
        assertEquals(List.of("council-admin"), Json.object(bearer(ANGERS, "/api/moi", token).body())
                .getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString), "operator is no council's role");
    }

    @Test
    void everyRequestIsAnsweredForItsOwnCaller() {
        BrowserSession citizen = new BrowserSession(platform.base());
        citizen.logIn("/t/" + ANJOU, People.citizen(ANJOU), People.PASSWORD);
        BrowserSession agent = new BrowserSession(platform.base());
        agent.logIn("/t/" + ANJOU, People.agent(ANJOU), People.PASSWORD);
        BrowserSession stranger = new BrowserSession(platform.base());

        for (int round = 0; round < 5; round++) {
            String citizenSpace = citizen.get("/t/" + ANJOU + "/espace").body();
            assertTrue(citizenSpace.contains(People.citizen(ANJOU)) && !citizenSpace.contains(People.agent(ANJOU)), citizenSpace);
            String agentSpace = agent.get("/t/" + ANJOU + "/espace").body();
            assertTrue(agentSpace.contains(People.agent(ANJOU)) && !agentSpace.contains(People.citizen(ANJOU)), agentSpace);
            String home = stranger.get("/t/" + ANJOU + "/").body();
            assertFalse(home.contains(People.citizen(ANJOU)) || home.contains(People.agent(ANJOU)), "anonymous home page");
            String agentNews = agent.get("/t/" + ANJOU + "/actualites").body();
            assertTrue(agentNews.contains(People.agent(ANJOU)), "the agent's own header: " + agentNews);
            assertFalse(stranger.get("/t/" + ANJOU + "/actualites").body().contains("deconnexion"), "no one's logout form");
        }
    }

    @Test
    void aSessionOfOneCouncilIsWorthNothingOnAnother() {
        BrowserSession browser = new BrowserSession(platform.base());
        browser.logIn("/t/" + ANJOU, People.agent(ANJOU), People.PASSWORD);
        String session = browser.cookie("civitas_session").orElseThrow();

        assertEquals(200, platform.get("/t/" + ANJOU + "/gestion", "Cookie", "civitas_session=" + session).statusCode());
        HttpResponse<String> otherSpace = platform.get("/t/" + ANGERS + "/espace", "Cookie", "civitas_session=" + session);
        HttpResponse<String> otherBackOffice = platform.get("/t/" + ANGERS + "/gestion", "Cookie", "civitas_session=" + session);
        HttpResponse<String> otherApi = platform.get("/t/" + ANGERS + "/api/moi", "Cookie", "civitas_session=" + session,
                "Accept", "application/json");

        assertEquals(303, otherSpace.statusCode(), "sent to log in, as anyone unknown");
        assertEquals(303, otherBackOffice.statusCode());
        assertProblem(otherApi, 401, "authentication-required");
        assertFalse(otherApi.body().contains("Maine-et-Loire"));
    }

    @Test
    void rolesOpenTheirDoorsAndNoOthers() {
        JsonObject me = Json.object(bearer(ANJOU, "/api/moi", People.token(ANJOU, People.citizen(ANJOU))).body());
        assertEquals(ANJOU, me.getString("council"));
        assertEquals(List.of("citizen"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));

        BrowserSession citizen = new BrowserSession(platform.base());
        citizen.logIn("/t/" + ANJOU, People.citizen(ANJOU), People.PASSWORD);
        assertEquals(403, citizen.get("/t/" + ANJOU + "/gestion").statusCode());

        for (String staff : List.of(People.agent(ANJOU), People.editor(ANJOU), People.admin(ANJOU))) {
            BrowserSession browser = new BrowserSession(platform.base());
            browser.logIn("/t/" + ANJOU, staff, People.PASSWORD);
            HttpResponse<String> backOffice = browser.get("/t/" + ANJOU + "/gestion");
            assertEquals(200, backOffice.statusCode(), staff);
            assertTrue(backOffice.body().contains("Espace de gestion"));
        }
    }

    @Test
    void everyMisusedTokenIsRefused() {
        String anjouCitizen = People.token(ANJOU, People.citizen(ANJOU));
        String anjouAdmin = People.token(ANJOU, People.admin(ANJOU));
        String operator = platformOperatorToken();
        TestKeycloak.admin().ensurePasswordClient(ANJOU, "sans-audience", null);
        String wrongAudience = TestKeycloak.admin().passwordToken(ANJOU, "sans-audience", People.citizen(ANJOU), People.PASSWORD);

        assertRefused(bearer(ANGERS, "/api/moi", anjouCitizen), "a citizen of Anjou on Angers");
        assertRefused(bearer(ANGERS, "/api/moi", People.token(ANJOU, People.agent(ANJOU))), "an agent of Anjou on Angers");
        assertRefused(platform.get("/api/platform/tenants", "Authorization", "Bearer " + anjouAdmin, "Accept", "application/json"),
                "a council admin on the operators' API");
        assertRefused(bearer(ANJOU, "/api/moi", operator), "an operator on a council's citizen API");
        assertRefused(bearer(ANJOU, "/api/moi", ForgedTokens.unsigned(anjouCitizen)), "alg none");
        assertRefused(bearer(ANJOU, "/api/moi", ForgedTokens.tampered(anjouCitizen)), "tampered claims");
        assertRefused(bearer(ANJOU, "/api/moi", ForgedTokens.signedByAnotherKey(anjouCitizen)), "another key");
        assertRefused(bearer(ANJOU, "/api/moi",
                ForgedTokens.hmacWithPublicKey(anjouCitizen, TestKeycloak.admin().publicKeys(ANJOU))), "HMAC with the public key");
        assertRefused(bearer(ANJOU, "/api/moi", wrongAudience), "wrong audience");
        assertRefused(bearer(ANJOU, "/api/moi", "n'importe quoi"), "garbage");
        assertEquals(200, bearer(ANJOU, "/api/moi", anjouCitizen).statusCode(), "the genuine token still works");
    }

    @Test
    void aNewSigningKeyOfTheRealmIsPickedUpWithoutARestart() throws InterruptedException {
        String council = "beaupreau";
        Tenants.ensure(platform, Tenants.commune(council, "Beaupréau-en-Mauges"));
        People.ensure(council);
        assertEquals(200, bearer(council, "/api/moi", People.token(council, People.citizen(council))).statusCode());

        TestKeycloak.admin().rotateSigningKey(council);
        String signedWithNewKey = People.token(council, People.citizen(council));

        HttpResponse<String> response = bearer(council, "/api/moi", signedWithNewKey);
        for (int attempt = 0; attempt < 30 && response.statusCode() != 200; attempt++) {
            Thread.sleep(500);  // a realm's key set is fetched again at most every few seconds
            response = bearer(council, "/api/moi", signedWithNewKey);
        }
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String council = "saumur";
        Tenants.ensure(platform, Tenants.commune(council, "Saumur"));
        People.ensure(council);
        TestKeycloak.admin().setAccessTokenLifespan(council, 1);
        String token = People.token(council, People.citizen(council));

        Thread.sleep(4_500);

        assertRefused(bearer(council, "/api/moi", token), "expired");
    }

    @Test
    void aDisabledPersonLosesAccessWithinTheRevalidationDelay() throws InterruptedException {
        String council = ANGERS;
        String username = "temporaire-" + council;
        TestKeycloak.admin().ensureUser(council, username, People.PASSWORD, "Tem", "Poraire", List.of("citizen"));
        String token = TestKeycloak.admin().passwordToken(council, KeycloakAdminClient.TEST_CLIENT, username, People.PASSWORD);
        BrowserSession browser = new BrowserSession(platform.base());
        browser.logIn("/t/" + council, username, People.PASSWORD);
        assertEquals(200, bearer(council, "/api/moi", token).statusCode());
        assertEquals(200, browser.get("/t/" + council + "/espace").statusCode());

        TestKeycloak.admin().setEnabled(council, username, false);
        try {
            // the realm's word is trusted for 2 s in tests (civitas.identity.revalidate-seconds)
            Thread.sleep(2_500);
            assertRefused(bearer(council, "/api/moi", token), "disabled, bearer");
            assertEquals(303, browser.get("/t/" + council + "/espace").statusCode(), "disabled, session");
        } finally {
            TestKeycloak.admin().setEnabled(council, username, true);
        }
    }

    @Test
    void aSuspendedCouncilLocksItsPeopleOut() {
        // a council of its own: OffboardingAfterUseIT retires "cholet", and the run's order is the file system's
        String council = "vihiers";
        Tenants.ensure(platform, Tenants.commune(council, "Vihiers"));
        People.ensure(council);
        String token = People.token(council, People.citizen(council));
        assertEquals(200, bearer(council, "/api/moi", token).statusCode());

        platform.operatorPost("/api/platform/tenants/" + council + "/suspend", "");
        try {
            assertProblem(bearer(council, "/api/moi", token), 503, "tenant-suspended");
        } finally {
            platform.operatorPost("/api/platform/tenants/" + council + "/reinstate", "");
        }
    }

    private HttpResponse<String> bearer(String council, String path, String token) {
        return platform.get("/t/" + council + path, "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private static String platformOperatorToken() {
        return OperatorTokens.of(TestKeycloak.admin(), System.getProperty("civitas.test.operator-secret")).current();
    }

    private static void assertRefused(HttpResponse<String> response, String what) {
        assertEquals(401, response.statusCode(), what + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        assertFalse(response.body().contains("Maine-et-Loire") || response.body().contains("Angers"), what);
    }
}

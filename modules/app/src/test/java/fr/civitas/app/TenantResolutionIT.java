package fr.civitas.app;

import static fr.civitas.app.OnboardingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which council a request reaches, and what happens when it cannot be served. */
@ExtendWith(ArquillianExtension.class)
class TenantResolutionIT {

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void demoTenants() {
        PlatformClient platform = PlatformClient.forTestServer();
        Tenants.ensure(platform, Tenants.request("mayenne", "Département de la Mayenne", "departement", "departement",
                null, "www.lamayenne.test"));
        Tenants.ensure(platform, Tenants.request("laval", "Ville de Laval", "commune", "commune", "mayenne",
                "www.laval.test", "laval.test"));
    }

    @Test
    void eachDemoCouncilHasItsOwnHomePageUnderItsPath() {
        HttpResponse<String> mayenne = platform.get("/t/mayenne/", "Accept", HTML);
        HttpResponse<String> laval = platform.get("/t/laval/", "Accept", HTML);

        assertEquals(200, mayenne.statusCode(), mayenne.body());
        assertEquals(200, laval.statusCode(), laval.body());
        assertTrue(mayenne.body().contains("Bienvenue sur le portail du Département de la Mayenne"));
        assertTrue(laval.body().contains("Bienvenue à Ville de Laval"));
        assertFalse(laval.body().contains("Mayenne"), "Laval's portal shows nothing of the département's");
        assertTrue(mayenne.body().contains("lang=\"fr\""));
        assertTrue(mayenne.body().contains("href=\"/t/mayenne/pages/solidarites\""), mayenne.body());
    }

    @Test
    void theCouncilPathWithoutItsSlashRedirectsToIt() {
        HttpResponse<String> response = platform.get("/t/laval", "Accept", HTML);

        assertEquals(308, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/t/laval/"));
    }

    @Test
    void aCouncilIsReachedByItsOwnDomainsToo() {
        HttpResponse<String> byHost = platform.get("/", "Host", "www.laval.test", "Accept", HTML);
        HttpResponse<String> byOtherHost = platform.get("/pages/ecoles", "Host", "LAVAL.test:8080", "Accept", HTML);

        assertEquals(200, byHost.statusCode(), byHost.body());
        assertTrue(byHost.body().contains("Bienvenue à Ville de Laval"));
        assertTrue(byHost.body().contains("href=\"/demarches\""), "links stay on the council's domain");
        assertFalse(byHost.body().contains("href=\"/t/"), "no link through the path prefix");
        assertEquals(200, byOtherHost.statusCode(), byOtherHost.body());
        assertTrue(byOtherHost.body().contains("Écoles et périscolaire"));
    }

    @Test
    void anUnknownCouncilIsAFrenchPageForBrowsersAndAProblemForApis() {
        HttpResponse<String> page = platform.get("/t/atlantide/", "Accept", HTML);
        HttpResponse<String> api = platform.get("/t/atlantide/api/demarches", "Accept", "application/json");
        HttpResponse<String> unknownHost = platform.get("/", "Host", "www.inconnue.test", "Accept", HTML);

        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("Aucune collectivité n'est accessible à cette adresse"), page.body());
        assertTrue(page.body().contains("lang=\"fr\""));
        assertFalse(page.body().contains("Exception"));
        assertProblem(api, 404, "tenant-unknown");
        assertEquals(404, unknownHost.statusCode());
        assertProblem(platform.get("/t/Pas%20Un%20Slug/", "Accept", "application/json"), 404, "tenant-unknown");
    }

    @Test
    void aSuspendedCouncilAnswers503UntilItIsReinstated() {
        Tenants.ensure(platform, Tenants.commune("mayenne-ville", "Mayenne", "www.mayenne-ville.test"));

        HttpResponse<String> suspended = platform.operatorPost("/api/platform/tenants/mayenne-ville/suspend", "");
        assertEquals(200, suspended.statusCode(), suspended.body());
        assertEquals("suspended", Json.object(suspended.body()).getString("status"));

        HttpResponse<String> page = platform.get("/t/mayenne-ville/", "Accept", HTML);
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("momentanément suspendu"), page.body());
        assertProblem(platform.get("/t/mayenne-ville/api/x", "Accept", "application/json"), 503, "tenant-suspended");
        assertEquals(503, platform.get("/", "Host", "www.mayenne-ville.test", "Accept", HTML).statusCode());
        HttpResponse<String> again = platform.operatorPost("/api/platform/tenants/mayenne-ville/suspend", "");
        assertEquals(200, again.statusCode(), "suspending twice is harmless");
        assertEquals("suspended", Json.object(again.body()).getString("status"));

        HttpResponse<String> reinstated = platform.operatorPost("/api/platform/tenants/mayenne-ville/reinstate", "");
        assertEquals(200, reinstated.statusCode(), reinstated.body());
        assertEquals(200, platform.get("/t/mayenne-ville/", "Accept", HTML).statusCode());
    }

    @Test
    void thePlatformsOwnPathsDoNotExistUnderACouncilsPath() {
        HttpResponse<String> operators = platform.operatorGet("/t/laval/api/platform/tenants");
        HttpResponse<String> openApi = platform.get("/t/laval/openapi", "Accept", "application/json");

        assertProblem(operators, 404, "not-found");
        assertProblem(openApi, 404, "not-found");
        assertEquals(200, platform.operatorGet("/api/platform/tenants/laval").statusCode());
    }

    @Test
    void anUnknownPageOfAKnownCouncilIsAFrench404() {
        HttpResponse<String> page = platform.get("/t/laval/pages/n-existe-pas", "Accept", HTML);
        HttpResponse<String> route = platform.get("/t/laval/nulle/part", "Accept", HTML);

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("La page demandée n’existe pas"), page.body());
        assertTrue(page.body().contains("Ville de Laval"), "the error page wears the council's layout");
        assertEquals(404, route.statusCode());
        assertTrue(route.body().contains("Page introuvable"), route.body());
    }
}

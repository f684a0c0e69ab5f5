package fr.civitas.app;

import static fr.civitas.app.OnboardingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.civitas.testkit.LibertyTestStack;
import fr.civitas.testkit.OperatorTokens;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only operators should see stays out of sight: the operators' API exists on the platform's
 * own host names only, and the OpenAPI document and UI are not published (the test server is set
 * up as production is).
 */
@ExtendWith(ArquillianExtension.class)
class ControlPlaneIT {

    private static final String COUNCIL = "quimper";
    private static final String DOMAIN = "www.quimper.test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void aCouncilWithItsDomain() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Quimper", DOMAIN));
    }

    @Test
    void theOperatorsApiExistsOnThePlatformsHostNamesOnly() {
        String bearer = "Bearer " + OperatorTokens.of(TestKeycloak.admin(), System.getProperty(LibertyTestStack.OPERATOR_SECRET))
                .current();
        assertEquals(200, platform.get("/api/platform/tenants/" + COUNCIL, "Authorization", bearer, "Accept", "application/json")
                .statusCode(), "on the platform's host");

        JsonObject noSuchRoute = assertProblem(platform.get("/api/nulle-part", "Host", DOMAIN, "Accept", "application/json"),
                404, "not-found");
        for (String host : List.of(DOMAIN, DOMAIN + ":8443", "evil.example")) {
            for (String path : List.of("/api/platform/tenants", "/api/platform/tenants/" + COUNCIL, "/api;x/platform/tenants",
                    "/api/%70latform/tenants")) {
                HttpResponse<String> withToken = platform.get(path, "Host", host, "Authorization", bearer, "Accept",
                        "application/json");
                HttpResponse<String> without = platform.get(path, "Host", host, "Accept", "application/json");

                JsonObject problem = assertProblem(withToken, 404, "not-found");
                assertEquals(noSuchRoute.getString("title"), problem.getString("title"), "as if it did not exist");
                assertEquals(noSuchRoute.getString("detail"), problem.getString("detail"));
                assertProblem(without, 404, "not-found");
            }
        }
        HttpResponse<String> disguised = platform.get("/api/platform/tenants", "Host", DOMAIN, "$WSSN", "localhost",
                "Authorization", bearer, "Accept", "application/json");
        assertProblem(disguised, 404, "not-found");
        HttpResponse<String> onboarding = platform.postJson("/api/platform/tenants", Tenants.commune("quimper-bis", "Quimper bis"),
                "Host", DOMAIN, "Authorization", bearer, "Accept", "application/json");
        assertProblem(onboarding, 404, "not-found");
        assertEquals(404, platform.operatorGet("/api/platform/tenants/quimper-bis").statusCode(), "nothing was created");
    }

    @Test
    void theOpenApiDocumentAndUiAreNotPublished() {
        for (String path : List.of("/openapi", "/openapi/", "/openapi/ui", "/openapi/ui/", "/openapi/ui/index.html")) {
            HttpResponse<String> document = platform.get(path, "Accept", "application/json");
            HttpResponse<String> page = platform.get(path, "Accept", "text/html");

            assertProblem(document, 404, "not-found");
            assertEquals(404, page.statusCode(), path);
            assertFalse(page.body().contains("swagger") || page.body().contains("openapi:"), path + ": " + page.body());
        }
    }
}

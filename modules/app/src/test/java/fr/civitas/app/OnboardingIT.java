package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void onboardsACommuneAndServesItsHomePage() {
        HttpResponse<String> created = platform.operatorPost("/api/platform/tenants", """
                {"slug":"smoke","name":"Commune de Smoke","kind":"commune","template":"commune","domains":["www.smoke.test"]}""");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> home = platform.get("/t/smoke/");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("Commune de Smoke"), home.body());
    }
}

package fr.civitas.app;

import static fr.civitas.app.OnboardingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A route that states nothing about its callers is refused to everybody, on the running platform. */
@ExtendWith(ArquillianExtension.class)
class DenyByDefaultIT {

    private static final String COUNCIL = "lannion";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas().addClass(UnstatedResource.class);
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void aCouncilWithItsPeople() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Lannion"));
        People.ensure(COUNCIL);
    }

    @Test
    void aRouteThatStatesNothingIsRefusedEvenToItsCouncilsAdmin() {
        String admin = "Bearer " + People.token(COUNCIL, People.admin(COUNCIL));

        assertEquals(200, platform.get("/t/lannion/api/oubli/public", "Accept", "application/json").statusCode(),
                "the route beside it says @PermitAll, and is open");
        assertProblem(platform.get("/t/lannion/api/oubli", "Accept", "application/json"), 401, "authentication-required");
        HttpResponse<String> refused = platform.get("/t/lannion/api/oubli", "Authorization", admin, "Accept", "application/json");
        assertProblem(refused, 403, "forbidden");
        assertFalse(refused.body().contains("ouvert"), refused.body());
    }
}

package fr.civitas.app;

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

/**
 * Two councils share the server, the pool and page slugs; through every way in, each sees only
 * its own pages.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void twoCouncils() {
        PlatformClient platform = PlatformClient.forTestServer();
        Tenants.ensure(platform, Tenants.request("sarthe", "Département de la Sarthe", "departement", "departement",
                null, "www.sarthe.test"));
        Tenants.ensure(platform, Tenants.commune("le-mans", "Le Mans", "www.lemans.test"));
    }

    @Test
    void theSameSlugServesEachCouncilsOwnPage() {
        for (int round = 0; round < 10; round++) {
            HttpResponse<String> sarthe = platform.get("/t/sarthe/");
            HttpResponse<String> leMans = platform.get("/t/le-mans/");
            assertTrue(sarthe.body().contains("Département de la Sarthe"));
            assertFalse(sarthe.body().contains("Le Mans"));
            assertTrue(leMans.body().contains("Le Mans"));
            assertFalse(leMans.body().contains("Sarthe"));
        }
    }

    @Test
    void aPageOfOneCouncilCannotBeReachedThroughAnother() {
        assertEquals(200, platform.get("/t/sarthe/pages/solidarites").statusCode());

        assertEquals(404, platform.get("/t/le-mans/pages/solidarites").statusCode());
        assertEquals(404, platform.get("/pages/solidarites", "Host", "www.lemans.test").statusCode());
        HttpResponse<String> traversal = platform.get("/t/le-mans/pages/..%2F..%2Ft%2Fsarthe%2Fpages%2Fsolidarites");
        assertTrue(traversal.statusCode() == 400 || traversal.statusCode() == 404, traversal.body());
        assertFalse(traversal.body().contains("Solidarités"));
    }

    @Test
    void thePathPrefixNamesTheCouncilWhateverTheHost() {
        HttpResponse<String> mixed = platform.get("/t/sarthe/", "Host", "www.lemans.test");

        assertEquals(200, mixed.statusCode());
        assertTrue(mixed.body().contains("Département de la Sarthe"), "the explicit path prefix names the council");
        assertFalse(mixed.body().contains("Le Mans"));
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    /** Search is never cached: every answer is rendered from its council's schema, many at once. */
    @Test
    void concurrentRequestsForBothCouncilsAreEachAnsweredFromTheirOwnData() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<CompletableFuture<Void>> rounds = new ArrayList<>();
            for (int round = 0; round < 60; round++) {
                String council = round % 2 == 0 ? "sarthe" : "le-mans";
                rounds.add(CompletableFuture.runAsync(() -> {
                    HttpResponse<String> found = platform.get("/t/" + council + "/recherche?q=solidarites", "Accept", "text/html");
                    assertEquals(200, found.statusCode());
                    if (council.equals("sarthe")) {
                        assertTrue(found.body().contains("/t/sarthe/pages/solidarites"), "positive control: its own page");
                        assertFalse(found.body().contains("Le Mans"));
                    } else {
                        assertTrue(found.body().contains("Le Mans"), "positive control: its own layout");
                        assertFalse(found.body().contains("/pages/solidarites"), "the other council's page is not found");
                        assertFalse(found.body().contains("Sarthe"));
                    }
                }, pool));
            }
            for (CompletableFuture<Void> round : rounds) {
                round.get();
            }
        } finally {
            pool.shutdownNow();
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

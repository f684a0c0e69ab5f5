package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * The schema-per-council wiring of Hibernate on the server's own pool under JTA, in the shape of
 * Hibernate's multi-tenancy tests: the same primary key in several councils, each seeing only its
 * own row, pooled connections going from council to council, failures and concurrency included;
 * and no transaction spanning the platform's unit and a council's.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilDataIsolationIT {

    private static final List<String> COUNCILS = List.of("plouguerneau", "plabennec", "lesneven", "landivisiau");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitasWithProbe();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void councils() {
        PlatformClient platform = PlatformClient.forTestServer();
        for (String council : COUNCILS) {
            Tenants.ensure(platform, Tenants.commune(council, "Ville de " + council));
        }
    }

    @Test
    void theSamePrimaryKeyHoldsEachCouncilsOwnRow() {
        String key = "cle-" + UUID.randomUUID();
        for (String council : COUNCILS) {
            assertEquals(201, write(council, key, "ligne de " + council).statusCode());
        }
        for (String council : COUNCILS) {
            assertEquals("ligne de " + council, read(council, key).body());
        }
        assertEquals(404, read("plouguerneau", "cle-" + UUID.randomUUID()).statusCode(), "positive control: an absent key is absent");
    }

    @Test
    void aFailedTransactionLeavesTheNextCouncilOnItsOwnSchema() {
        String key = "cle-" + UUID.randomUUID();
        assertEquals(201, write("plouguerneau", key, "premier").statusCode());
        for (int round = 0; round < 5; round++) {
            HttpResponse<String> duplicate = write("plouguerneau", key, "doublon");
            assertEquals(409, duplicate.statusCode(), "duplicate key refused: " + duplicate.body());
            assertEquals(404, read("plabennec", key).statusCode(), "the next request, on another council, sees only its own rows");
            assertEquals("premier", read("plouguerneau", key).body());
        }
    }

    @Test
    void concurrentRequestsForSeveralCouncilsEachSeeTheirOwnRows() throws Exception {
        String key = "cle-" + UUID.randomUUID();
        for (String council : COUNCILS) {
            write(council, key, "ligne de " + council);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String council = COUNCILS.get(i % COUNCILS.size());
                expected.add("ligne de " + council);
                answers.add(CompletableFuture.supplyAsync(() -> read(council, key).body(), pool));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(expected.get(i), answers.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noTransactionSpansThePlatformUnitAndACouncils() {
        HttpResponse<String> mixed = platform.send(platform.request("/t/plouguerneau/sonde/deux-unites").POST(
                HttpRequest.BodyPublishers.noBody()));

        assertEquals(409, mixed.statusCode(), mixed.body());
        assertTrue(mixed.body().contains("one persistence unit per transaction"), mixed.body());
        assertEquals(201, write("plouguerneau", "cle-" + UUID.randomUUID(), "ensuite").statusCode(), "the council works on");
    }

    @Test
    void workHandedNoCouncilReachesNoCouncilData() {
        String key = "cle-" + UUID.randomUUID();
        assertEquals(201, write("plouguerneau", key, "de plouguerneau").statusCode());

        HttpResponse<String> unbound = platform.send(platform.request("/t/plouguerneau/sonde/sans-collectivite/" + key).GET());

        assertEquals(409, unbound.statusCode(), unbound.body());
        assertTrue(unbound.body().contains("NoTenantBoundException"), unbound.body());
        assertEquals("de plouguerneau", read("plouguerneau", key).body(), "positive control: bound, the same read finds it");
    }

    private HttpResponse<String> write(String council, String key, String text) {
        return platform.send(platform.request("/t/" + council + "/sonde/tentatives/" + key)
                .PUT(HttpRequest.BodyPublishers.ofString(text)).header("Content-Type", "text/plain"));
    }

    private HttpResponse<String> read(String council, String key) {
        return platform.send(platform.request("/t/" + council + "/sonde/tentatives/" + key).GET());
    }
}

package fr.civitas.devstack;

import fr.civitas.testkit.FreePorts;
import fr.civitas.testkit.KeycloakAdminClient;
import fr.civitas.testkit.KeycloakServer;
import fr.civitas.testkit.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * bench/realms: on a fresh Keycloak, creates councils' realms from the commune template one after
 * the other, and prints how long a realm takes to provision with 10, 100 and 300 realms on the
 * server, and Keycloak's heap at each point. These figures decide how many realms one Keycloak
 * may hold before placement sends new councils to another.
 */
public final class RealmsBenchmark {

    private static final int[] CHECKPOINTS = {10, 100, 300};
    private static final int WINDOW = 10;

    private RealmsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("civitas.root"));
        Path data = root.resolve("modules/devstack/target/bench-realms");
        OnboardingBenchmark.deleteRecursively(data);
        Files.createDirectories(data);
        String template = Files.readString(root.resolve("tenant-templates/commune/realm.json"), StandardCharsets.UTF_8);
        try (PostgresServer postgres = new PostgresServer(data.resolve("postgres"), FreePorts.next()).start();
             KeycloakServer keycloak = new KeycloakServer(Path.of(System.getProperty("civitas.keycloak-home")),
                     root.resolve("modules/identity/src/main/keycloak-theme/civitas"), data.resolve("keycloak.log"))) {
            postgres.ensureDatabase("keycloak");
            keycloak.start(FreePorts.next(), postgres.jdbcUrl("keycloak"), PostgresServer.USER, "postgres", "admin",
                    "bench-admin", "http://localhost:9080");
            KeycloakAdminClient admin = new KeycloakAdminClient(keycloak.url(), "admin", "bench-admin");
            List<Long> millis = new ArrayList<>();
            int created = 0;
            for (int checkpoint : CHECKPOINTS) {
                while (created < checkpoint) {
                    created++;
                    millis.add(provision(admin, template, created));
                }
                List<Long> window = millis.subList(checkpoint - WINDOW, checkpoint);
                System.out.printf(Locale.ROOT, "%3d realms: last %d provisioned in median %4d ms, p95 %4d ms; Keycloak heap %s%n",
                        checkpoint, WINDOW, OnboardingBenchmark.percentile(window, 50),
                        OnboardingBenchmark.percentile(window, 95), Jvm.heapAfterFullGc(keycloak.pid()));
            }
        }
    }

    private static long provision(KeycloakAdminClient admin, String template, int index) {
        String slug = String.format(Locale.ROOT, "bench-%04d", index);
        String realm = "{\"realm\":\"" + slug + "\",\"displayName\":\"Commune de banc d'essai " + index + "\","
                + template.strip().substring(1);
        long start = System.nanoTime();
        admin.createRealm(realm);
        return (System.nanoTime() - start) / 1_000_000;
    }
}

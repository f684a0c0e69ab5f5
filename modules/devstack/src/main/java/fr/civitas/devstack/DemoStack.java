package fr.civitas.devstack;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The README's first command: starts PostgreSQL and the platform, onboards the demo councils
 * when they are not there yet, prints where to go. Ctrl-C stops everything it started; the
 * next run finds the same data in {@code .demo-data/}.
 */
public final class DemoStack {

    private static final String MAYENNE = """
            {"slug":"mayenne","name":"Département de la Mayenne","kind":"departement","template":"departement",
             "domains":["mayenne.localhost"]}""";
    private static final String LAVAL = """
            {"slug":"laval","name":"Ville de Laval","kind":"commune","template":"commune","parent":"mayenne",
             "domains":["laval.localhost"]}""";

    private DemoStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("civitas.root"));
        LocalStack stack = LocalStack.fromSystemProperties(root.resolve(".demo-data"));
        int port = Integer.parseInt(System.getenv().getOrDefault("CIVITAS_HTTP_PORT", "9080"));
        System.out.println("Civitas : démarrage de PostgreSQL et d'Open Liberty…");
        PlatformClient platform = stack.start(port);
        onboardIfAbsent(platform, "mayenne", MAYENNE);
        onboardIfAbsent(platform, "laval", LAVAL);
        DemoPeople.ensure(stack.keycloak(), "mayenne");
        DemoPeople.ensure(stack.keycloak(), "laval");
        String base = "http://localhost:" + stack.httpPort();
        System.out.println("""

                Civitas est prêt.
                  Département de la Mayenne : %1$s/t/mayenne/   (ou http://mayenne.localhost:%2$d/)
                  Ville de Laval            : %1$s/t/laval/     (ou http://laval.localhost:%2$d/)
                  Comptes de démonstration (mot de passe %4$s) :
                      usager-mayenne, agent-mayenne, redacteur-mayenne, admin-mayenne
                      usager-laval,   agent-laval,   redacteur-laval,   admin-laval
                  API des opérateurs        : %1$s/api/platform/tenants
                      opérateur « operateur », mot de passe %3$s (jeton : voir le README)
                  Keycloak                  : %5$s
                  Santé                     : %1$s/health
                  OpenAPI                   : %1$s/openapi/ui/
                Ctrl-C arrête tout ; les données restent dans .demo-data/.
                """.formatted(base, stack.httpPort(), stack.operatorSecret(), DemoPeople.PASSWORD, stack.keycloak().url()));
        stack.awaitTermination();
    }

    private static void onboardIfAbsent(PlatformClient platform, String slug, String request) {
        if (platform.operatorGet("/api/platform/tenants/" + slug).statusCode() == 200) {
            return;
        }
        HttpResponse<String> response = platform.operatorPost("/api/platform/tenants", request);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("onboarding of " + slug + " failed: " + response.body());
        }
        System.out.println("Collectivité « " + slug + " » ouverte.");
    }
}

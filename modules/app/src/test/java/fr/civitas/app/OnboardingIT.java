package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The onboarding saga through the operators' API, on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

    private static final String TENANTS = "/api/platform/tenants";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitasWithFaults();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void onboardsACouncilFromItsTemplateAndOpensItsPortal() {
        HttpResponse<String> created = platform.operatorPost(TENANTS,
                Tenants.commune("chateau-gontier", "Château-Gontier-sur-Mayenne", "www.chateau-gontier.test"));

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(TENANTS + "/chateau-gontier"));
        JsonObject state = Json.object(created.body());
        assertEquals("active", state.getString("status"));
        assertEquals("commune", state.getString("template"));
        assertEquals("1.0.0", state.getString("templateVersion"));
        assertEquals("done", state.getJsonObject("provisioning").getString("status"));
        assertEquals("www.chateau-gontier.test", state.getJsonArray("domains").getString(0));
        assertEquals("default", state.getJsonObject("identity").getString("server"), "the realm's placement");
        assertEquals("chateau-gontier", state.getJsonObject("identity").getString("realm"));

        HttpResponse<String> shown = platform.operatorGet(TENANTS + "/chateau-gontier");
        assertEquals(200, shown.statusCode());
        assertEquals("active", Json.object(shown.body()).getString("status"));

        HttpResponse<String> home = platform.get("/t/chateau-gontier/");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("Bienvenue à Château-Gontier-sur-Mayenne"), home.body());
    }

    @Test
    void repeatingTheSameRequestChangesNothing() {
        String request = Tenants.commune("evron", "Évron", "www.evron.test");
        assertEquals(201, platform.operatorPost(TENANTS, request).statusCode());

        HttpResponse<String> repeated = platform.operatorPost(TENANTS, request);

        assertEquals(200, repeated.statusCode(), repeated.body());
        assertEquals("active", Json.object(repeated.body()).getString("status"));
        assertEquals(1, Json.object(repeated.body()).getJsonObject("provisioning").getInt("attempts"));
        long listed = platform.operatorGet(TENANTS).body().split("\"slug\":\"evron\"", -1).length - 1;
        assertEquals(1, listed);
    }

    @Test
    void aSlugOrADomainTakenByAnotherCouncilIsAConflict() {
        assertEquals(201, platform.operatorPost(TENANTS, Tenants.commune("ernee", "Ernée", "www.ernee.test")).statusCode());

        HttpResponse<String> sameSlug = platform.operatorPost(TENANTS, Tenants.commune("ernee", "Une autre commune"));
        HttpResponse<String> sameDomain = platform.operatorPost(TENANTS,
                Tenants.commune("ernee-bis", "Ernée bis", "WWW.ERNEE.TEST"));

        assertProblem(sameSlug, 409, "slug-taken");
        assertProblem(sameDomain, 409, "domain-taken");
        assertEquals(404, platform.operatorGet(TENANTS + "/ernee-bis").statusCode());
        assertEquals("Ernée", Json.object(platform.operatorGet(TENANTS + "/ernee").body()).getString("name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "slug malformed     | {\"slug\":\"Laval!\",\"name\":\"L\",\"kind\":\"commune\",\"template\":\"commune\"} | slug",
            "slug too short     | {\"slug\":\"l\",\"name\":\"L\",\"kind\":\"commune\",\"template\":\"commune\"} | slug",
            "slug reserved      | {\"slug\":\"admin\",\"name\":\"L\",\"kind\":\"commune\",\"template\":\"commune\"} | slug",
            "slug reserved api  | {\"slug\":\"api\",\"name\":\"L\",\"kind\":\"commune\",\"template\":\"commune\"} | slug",
            "name missing       | {\"slug\":\"sans-nom\",\"kind\":\"commune\",\"template\":\"commune\"} | name",
            "kind unknown       | {\"slug\":\"region-x\",\"name\":\"R\",\"kind\":\"region\",\"template\":\"commune\"} | kind",
            "template unknown   | {\"slug\":\"modele-x\",\"name\":\"M\",\"kind\":\"commune\",\"template\":\"ville-geante\"} | template",
            "template unsuited  | {\"slug\":\"modele-y\",\"name\":\"M\",\"kind\":\"commune\",\"template\":\"departement\"} | template",
            "domain invalid     | {\"slug\":\"dom-x\",\"name\":\"D\",\"kind\":\"commune\",\"template\":\"commune\",\"domains\":[\"pas un domaine\"]} | domains",
            "domain is an IP    | {\"slug\":\"dom-y\",\"name\":\"D\",\"kind\":\"commune\",\"template\":\"commune\",\"domains\":[\"127.0.0.1\"]} | domains",
            "parent unknown     | {\"slug\":\"orphelin\",\"name\":\"O\",\"kind\":\"commune\",\"template\":\"commune\",\"parent\":\"nulle-part\"} | parent",
            "parent is itself   | {\"slug\":\"narcisse\",\"name\":\"N\",\"kind\":\"commune\",\"template\":\"commune\",\"parent\":\"narcisse\"} | parent",
    })
    void refusesInvalidRequestsFieldByFieldAndCreatesNothing(String label, String request, String field) {
        HttpResponse<String> response = platform.operatorPost(TENANTS, request);

        JsonObject problem = assertProblem(response, 422, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey(field), response.body());
        assertTrue(platform.operatorGet(TENANTS).body().startsWith("["));
        String slug = Json.object(request).getString("slug");
        if (slug.matches("[a-z][a-z0-9-]+")) {
            assertEquals(404, platform.operatorGet(TENANTS + "/" + slug).statusCode());
        }
    }

    @Test
    void malformedOrOversizedJsonIsABadRequestAndMistypedFieldsAreNeverCoerced() {
        assertProblem(platform.operatorPost(TENANTS, "{\"slug\": \"cassé\""), 400, "json-malformed");
        assertProblem(platform.operatorPost(TENANTS, "[1,2,3]"), 400, "json-malformed");
        assertProblem(platform.operatorPost(TENANTS, Tenants.commune("apres", "Après") + " junk"), 400, "json-malformed");
        assertProblem(platform.operatorPost(TENANTS, "{\"slug\":\"deux\",\"slug\":\"fois\"}"), 400, "json-duplicate-key");
        JsonObject mistyped = assertProblem(platform.operatorPost(TENANTS,
                "{\"slug\":true,\"name\":\"Vrai\",\"kind\":\"commune\",\"template\":\"commune\",\"domains\":\"www.typo.test\"}"),
                422, "invalid-input");
        assertTrue(mistyped.getJsonObject("errors").containsKey("slug") && mistyped.getJsonObject("errors").containsKey("domains"));
        assertEquals(404, platform.operatorGet(TENANTS + "/true").statusCode(), "no council named true");
        assertEquals(404, platform.operatorGet(TENANTS + "/apres").statusCode());
        assertProblem(platform.operatorPost(TENANTS, ""), 400, "body-missing");
        String huge = "{\"slug\":\"enorme\",\"name\":\"" + "x".repeat(20_000) + "\"}";
        assertProblem(platform.operatorPost(TENANTS, huge), 400, "body-too-large");
        assertEquals(404, platform.operatorGet(TENANTS + "/enorme").statusCode());
    }

    @Test
    void theOperatorsApiIsClosedWithoutAnOperatorToken() {
        String request = Tenants.commune("intrus", "Intrus");
        assertProblem(platform.postJson(TENANTS, request), 401, "authentication-required");
        assertProblem(platform.postJson(TENANTS, request, "Authorization", "Bearer pas-un-jeton"), 401, "invalid-token");
        assertProblem(platform.get(TENANTS, "Accept", "application/json"), 401, "authentication-required");
        assertEquals(404, platform.operatorGet(TENANTS + "/intrus").statusCode());
    }

    @ParameterizedTest(name = "failure at {0}, {1}")
    @CsvSource({
            "schema, starting", "schema, performed",
            "migrations, starting", "migrations, performed",
            "content, starting", "content, performed",
            "realm, starting", "realm, performed",
            "activation, starting", "activation, performed"})
    void aFailedStepLeavesTheCouncilFailedAndTheNextRunResumesIt(String step, String phase) {
        String slug = "panne-" + step + "-" + phase + "-1";
        String request = Tenants.commune(slug, "Commune en panne " + step);

        HttpResponse<String> failed = platform.operatorPost(TENANTS, request);

        JsonObject problem = assertProblem(failed, 500, "onboarding-failed");
        assertEquals(step, problem.getString("failedStep"));
        JsonObject state = Json.object(platform.operatorGet(TENANTS + "/" + slug).body());
        assertEquals("failed", state.getString("status"));
        assertEquals(step, state.getJsonObject("provisioning").getString("failedStep"));
        assertTrue(state.getJsonObject("provisioning").getString("lastError").contains("panne simulée"));
        assertEquals(503, platform.get("/t/" + slug + "/").statusCode());

        HttpResponse<String> resumed = platform.operatorPost(TENANTS, request);

        assertEquals(200, resumed.statusCode(), resumed.body());
        JsonObject after = Json.object(resumed.body());
        assertEquals("active", after.getString("status"));
        assertEquals(2, after.getJsonObject("provisioning").getInt("attempts"));
        HttpResponse<String> home = platform.get("/t/" + slug + "/");
        assertEquals(200, home.statusCode(), home.body());
        assertEquals(1, home.body().split("href=\"/t/" + slug + "/pages/etat-civil\"", -1).length - 1,
                "the resumed run imported each page once");
    }

    @ParameterizedTest(name = "failure at directory, {0}")
    @CsvSource({"starting", "performed"})
    void aFailureWritingTheDirectoryLeavesNoTraceAndCanBeRetried(String phase) {
        String slug = "panne-directory-" + phase + "-1";
        String request = Tenants.commune(slug, "Commune sans annuaire");

        assertEquals(500, platform.operatorPost(TENANTS, request).statusCode());
        assertEquals(404, platform.operatorGet(TENANTS + "/" + slug).statusCode());

        assertEquals(201, platform.operatorPost(TENANTS, request).statusCode());
        assertEquals(200, platform.get("/t/" + slug + "/").statusCode());
    }

    @Test
    void aFailedOnboardingCanAlsoBeResumedByItsOwnResource() {
        String slug = "panne-content-starting-2";
        platform.operatorPost(TENANTS, Tenants.commune(slug, "Reprise explicite"));

        HttpResponse<String> resumed = platform.operatorPost(TENANTS + "/" + slug + "/resume", "");

        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals("active", Json.object(resumed.body()).getString("status"));
        assertProblem(platform.operatorPost(TENANTS + "/inconnue/resume", ""), 404, "tenant-unknown");
    }

    @Test
    void twoIdenticalRequestsAtOnceOnboardTheCouncilOnce() {
        String request = Tenants.commune("course-pareil", "Course pareille", "www.course-pareil.test");

        List<HttpResponse<String>> answers = atOnce(request, request);

        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 201).count(), describe(answers));
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                assertProblem(answer, 409, "onboarding-in-progress");
            } else {
                assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, describe(answers));
            }
        }
        awaitActive("course-pareil");
        assertEquals(1, platform.operatorGet(TENANTS).body().split("\"slug\":\"course-pareil\"", -1).length - 1);
    }

    @Test
    void twoDifferentRequestsForOneSlugAtOnceAreACreationAndAConflict() {
        List<HttpResponse<String>> answers = atOnce(
                Tenants.commune("course-rivales", "Première commune"), Tenants.commune("course-rivales", "Seconde commune"));

        HttpResponse<String> created = answers.stream().filter(answer -> answer.statusCode() == 201).findFirst()
                .orElseThrow(() -> new AssertionError(describe(answers)));
        HttpResponse<String> refused = answers.get(answers.get(0) == created ? 1 : 0);
        assertProblem(refused, 409, "slug-taken");
        assertEquals(Json.object(created.body()).getString("name"),
                Json.object(platform.operatorGet(TENANTS + "/course-rivales").body()).getString("name"));
    }

    private List<HttpResponse<String>> atOnce(String first, String second) {
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> platform.operatorPost(TENANTS, first));
        CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() -> platform.operatorPost(TENANTS, second));
        return List.of(one.join(), other.join());
    }

    private void awaitActive(String slug) {
        Instant deadline = Instant.now().plusSeconds(60);
        String status = "";
        while (!status.equals("active") && Instant.now().isBefore(deadline)) {
            status = Json.object(platform.operatorGet(TENANTS + "/" + slug).body()).getString("status");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertEquals("active", status);
    }

    private static String describe(List<HttpResponse<String>> answers) {
        return answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList().toString();
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                response.body());
        JsonObject problem = Json.object(response.body());
        assertEquals("urn:civitas:problem:" + code, problem.getString("type"), response.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("detail").length() > 10);
        return problem;
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.app.BackOfficeForms.Form;
import fr.civitas.app.BackOfficeIT.Staff;
import fr.civitas.app.BadValues.Value;
import fr.civitas.testkit.PlatformClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile run, generated: every form of the back-office (found by crawling it as a council
 * admin) gets the corpus of bad values in every field. Never a 5xx; a value every field must
 * refuse gets a French message and changes nothing (the lists, the theme and the form's own
 * content are the same before and after); a value a field may take breaks nothing (no raw
 * script on the screens, the feed and sitemap stay valid XML). Each form is first sent as shown,
 * filled in, and must be saved: the positive control that makes each refusal mean something.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String COUNCIL = "amboise";
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 409, 413, 422);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();
    private final AtomicInteger slugs = new AtomicInteger();

    @BeforeAll
    static void aCouncilWithItsStaff() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Ville d'Amboise"));
        People.ensure(COUNCIL);
    }

    @Test
    void everyFieldOfEveryBackOfficeFormRefusesBadValuesInFrenchAndStoresNothing() throws Exception {
        Staff admin = Staff.logIn(platform, COUNCIL, People.admin(COUNCIL));
        assertTrue(admin.upload("blason.png", Images.PNG, "Blason").statusCode() == 303, "an image for the logo choice");
        List<Form> forms = BackOfficeForms.crawl(admin);
        List<String> kinds = forms.stream().map(Form::kind).toList();
        for (String expected : List.of("/pages", "/pages/{id}", "/actualites", "/actualites/{id}", "/demarches", "/demarches/{id}",
                "/menu", "/menu/{id}", "/medias (multipart)", "/theme", "/pages/{id}/supprimer", "/medias/{id}/supprimer")) {
            assertTrue(kinds.contains("/t/" + COUNCIL + "/gestion" + expected), "the crawl found " + expected + ": " + kinds);
        }

        List<String> failures = new ArrayList<>();
        for (Form form : forms) {
            if (!form.fields().keySet().equals(Set.of("_csrf"))) {
                Map<String, String> control = filledIn(admin, form);
                HttpResponse<String> saved = send(admin, form, control, null, null);
                assertEquals(303, saved.statusCode(), form.kind() + " as shown, filled in, is saved: " + control + "\n" + saved.body());
            }
            attack(admin, form, false, failures);
            String before = state(admin, form);
            attack(admin, form, true, failures);
            if (!before.equals(state(admin, form))) {
                failures.add(form.kind() + ": a value that must be refused changed what is stored");
            }
        }
        assertEquals(List.of(), failures);

        for (String screen : List.of("/gestion/pages", "/gestion/actualites", "/gestion/demarches", "/gestion/menu", "/gestion/medias")) {
            assertFalse(admin.get(screen).body().contains("<script>alert('piege')"), screen + " shows a raw script");
        }
        assertFalse(platform.get("/t/" + COUNCIL + "/").body().contains("<script>alert('piege')"));
        assertValidXml("/t/" + COUNCIL + "/actualites/rss.xml");
        assertValidXml("/t/" + COUNCIL + "/sitemap.xml");
        assertEquals(200, platform.get("/t/" + COUNCIL + "/", "Accept", "text/html").statusCode());
    }

    /** What each JSON API accepts, to start from; a new API gets its line here, or this test fails. */
    private static final Map<String, String> JSON_SAMPLES = Map.of(
            "POST /api/platform/tenants", Tenants.commune("amboise-essai", "Ville essai", "essai.amboise.example"),
            "POST /api/platform/tenants/{slug}/erasures", "{\"username\":\"a-effacer\"}");

    @Test
    void everyJsonApiRefusesBadBodiesWithAFrenchProblemDocumentAndStoresNothing() {
        assertEquals(JSON_SAMPLES.keySet(), JsonApis.all(), "every JSON API has its sample");
        fr.civitas.testkit.TestKeycloak.admin().ensureUser(COUNCIL, "a-effacer", People.PASSWORD, "Alix", "Effacer",
                List.of(fr.civitas.kernel.security.CouncilRole.CITIZEN));
        String token = fr.civitas.testkit.OperatorTokens.of(fr.civitas.testkit.TestKeycloak.admin(),
                System.getProperty(fr.civitas.testkit.LibertyTestStack.OPERATOR_SECRET)).current();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> api : JSON_SAMPLES.entrySet()) {
            String path = api.getKey().substring("POST ".length()).replace("{slug}", COUNCIL);
            HttpResponse<String> control = postJson(path, token, api.getValue().getBytes(StandardCharsets.UTF_8));
            assertTrue(control.statusCode() == 200 || control.statusCode() == 201, api.getKey() + " as sampled: " + control.body());
            String councils = platform.operatorGet("/api/platform/tenants").body();
            for (BadValues.Value body : BadJson.bodies(api.getValue())) {
                HttpResponse<String> answer = postJson(path, token, body.bytes());
                String what = api.getKey() + " <- " + body + ": " + answer.statusCode() + " " + answer.body();
                if (answer.statusCode() >= 500 || body.mustRefuse() && answer.statusCode() < 400) {
                    failures.add(what);
                } else if (answer.statusCode() >= 400 && !isFrenchProblem(answer)) {
                    failures.add(what + " (not a French problem document)");
                }
            }
            assertEquals(councils, platform.operatorGet("/api/platform/tenants").body(), api.getKey() + " stored something");
        }
        assertEquals(List.of(), failures);
    }

    private HttpResponse<String> postJson(String path, String token, byte[] body) {
        return platform.send(platform.request(path, "Authorization", "Bearer " + token, "Accept", "application/json",
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static boolean isFrenchProblem(HttpResponse<String> answer) {
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        var problem = Json.object(answer.body());
        return problem.getInt("status") == answer.statusCode() && !problem.getString("title").isBlank()
                && !problem.getString("detail").isBlank() && !answer.body().contains("\uFFFD");
    }

    /** The corpus's values that fields must refuse, or those they may take, in every field of the form. */
    private void attack(Staff admin, Form form, boolean mustRefuse, List<String> failures) {
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            String kind = field.getValue();
            if (kind.equals("version") && form.creates() || kind.equals("hidden")) {
                continue;
            }
            for (Value value : BadValues.forKind(kind.equals("file") ? "filename" : kind)) {
                if (value.mustRefuse() == mustRefuse) {
                    check(form, field.getKey(), value, send(admin, form, filledIn(admin, form), field.getKey(), value), failures);
                }
            }
        }
    }

    private static void check(Form form, String field, Value value, HttpResponse<String> answer, List<String> failures) {
        String what = form.kind() + " " + field + " <- " + value + ": " + answer.statusCode();
        if (answer.statusCode() >= 500) {
            failures.add(what + " (a server error)");
        } else if (value.mustRefuse() && !REFUSALS.contains(answer.statusCode())) {
            failures.add(what + " (not refused)");
        } else if (REFUSALS.contains(answer.statusCode()) && !isFrench(answer)) {
            failures.add(what + " (no French message): " + answer.body().substring(0, Math.min(300, answer.body().length())));
        } else if (answer.statusCode() == 422 && !"true".equals(Jsoup.parse(answer.body()).select("#" + field).attr("aria-invalid"))) {
            failures.add(what + " (the message is not next to the field, marked invalid)");
        }
    }

    private static boolean isFrench(HttpResponse<String> answer) {
        Document page = Jsoup.parse(answer.body());
        if (!"fr".equals(page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang"))) {
            return false;
        }
        String message = answer.statusCode() == 422 ? page.select(".erreur-champ").text()
                : answer.statusCode() == 409 ? page.select("main [role=alert]").text() : page.select("h1").text();
        return !message.isBlank() && message.chars().noneMatch(c -> c == '\uFFFD');
    }

    /** The form as shown now, its empty required fields filled in as an editor would. */
    private Map<String, String> filledIn(Staff admin, Form form) {
        Map<String, String> values = new HashMap<>(BackOfficeForms.valuesOf(admin, form));
        values.replaceAll((name, value) -> value.isBlank() ? typical(name, value) : value);
        if (form.fields().containsKey("slug")) {
            values.put("slug", "essai-" + slugs.incrementAndGet());
        }
        if (values.containsKey("category") && values.get("category").isBlank()) {
            Document page = Jsoup.parse(admin.browser.get(form.screen()).body());
            values.put("category", page.select("#category option").stream().map(option -> option.val())
                    .filter(option -> !option.isBlank()).findFirst().orElseThrow());
        }
        return values;
    }

    private static String typical(String name, String value) {
        return switch (name) {
            case "title", "label", "alt" -> "Essai";
            case "body", "steps" -> "<p>Essai</p>";
            case "target" -> "demarches";
            case "colour" -> "#1f4e79";
            case "date" -> "2026-06-21";
            case "position" -> "1";
            default -> value;
        };
    }

    private HttpResponse<String> send(Staff admin, Form form, Map<String, String> values, String field, Value value) {
        Map<String, byte[]> fields = new HashMap<>();
        values.forEach((name, text) -> fields.put(name, text.getBytes(StandardCharsets.UTF_8)));
        byte[] filename = "essai.png".getBytes(StandardCharsets.UTF_8);
        if (value != null && form.fields().get(field).equals("file")) {
            filename = value.bytes();
        } else if (value != null) {
            fields.put(field, value.bytes());
        }
        fields.remove("file");
        if (form.multipart()) {
            String boundary = "----essai" + System.nanoTime();
            return admin.browser.postRaw(form.action(), "multipart/form-data; boundary=" + boundary,
                    HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, filename)));
        }
        return admin.browser.postRaw(form.action(), "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofByteArray(urlEncoded(fields)));
    }

    /** What the council's back-office shows: every list, the theme form, and the form's own content. */
    private String state(Staff admin, Form form) {
        StringBuilder state = new StringBuilder();
        for (String screen : List.of("/gestion/pages", "/gestion/actualites", "/gestion/demarches", "/gestion/menu",
                "/gestion/medias", "/gestion/theme")) {
            Document page = Jsoup.parse(admin.get(screen).body());
            state.append(page.select("main").text()).append('\n');
            page.select("main form[method=post]").forEach(shown -> state.append(new TreeMap<>(EditConflictIT.formOf(shown))));
        }
        if (!form.creates()) {
            state.append(new TreeMap<>(BackOfficeForms.valuesOf(admin, form)));
        }
        return state.toString();
    }

    private void assertValidXml(String path) throws Exception {
        HttpResponse<String> answer = platform.get(path);
        assertEquals(200, answer.statusCode(), path);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] urlEncoded(Map<String, byte[]> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (out.size() > 0) {
                out.write('&');
            }
            percentEncode(out, name.getBytes(StandardCharsets.UTF_8));
            out.write('=');
            percentEncode(out, value);
        });
        return out.toByteArray();
    }

    private static void percentEncode(ByteArrayOutputStream out, byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static byte[] multipart(String boundary, Map<String, byte[]> fields, byte[] filename) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(value);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(filename);
        body.writeBytes("\"\r\nContent-Type: image/png\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Images.PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}

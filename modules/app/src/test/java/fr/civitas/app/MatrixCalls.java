package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.civitas.app.AuthorizationMatrixIT.Caller;
import fr.civitas.testkit.OperatorTokens;
import fr.civitas.testkit.PlatformClient;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How {@link AuthorizationMatrixIT} calls a route as a caller: the address (council A's, or the
 * platform's), the caller's credentials, fields the route would accept, and fresh content for the
 * calls that delete some, created beforehand by A's council admin.
 */
final class MatrixCalls {

    static final String A = "matrice-a";
    static final String B = "matrice-b";
    /** The council whose lifecycle the operators' routes play with: suspended, reinstated, offboarded. */
    static final String C = "matrice-c";

    private static final String SESSION = "civitas_session";
    /** What a browser accepts: pages first, anything else too (stylesheets, feeds, images). */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String NEWS = "forum-des-associations";
    private static final String CATEGORY = "etat-civil-citoyennete";
    private static final String DEMARCHE = "demander-un-acte-de-naissance";
    private static final Map<String, Map<String, String>> DRAFTS = Map.of(
            "pages", Map.of("slug", "matrice-brouillon", "title", "Brouillon de la matrice", "body", "<p>Texte</p>",
                    "kind", "STANDARD", "position", "1"),
            "actualites", Map.of("slug", "matrice-brouillon", "title", "Brouillon de la matrice", "body", "<p>Texte</p>",
                    "date", "2026-01-15"),
            "demarches", Map.of("slug", "matrice-brouillon", "title", "Brouillon de la matrice", "category", CATEGORY,
                    "steps", "<p>Étapes</p>", "position", "1"));

    /** A council person's browser session on their council, and its form token. */
    private record Session(String cookie, String formToken) {
    }

    private final PlatformClient platform;
    private final OperatorTokens operators;
    private final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);
    private final Map<Caller, String> bearers = new EnumMap<>(Caller.class);
    private final Map<String, String> drafts = new HashMap<>();
    private String image;
    private int created;

    MatrixCalls(PlatformClient platform, OperatorTokens operators) {
        this.platform = platform;
        this.operators = operators;
    }

    HttpRequest.Builder request(String route, Caller caller) {
        String verb = route.substring(0, route.indexOf(' '));
        String template = route.substring(route.indexOf(' ') + 1);
        boolean api = template.startsWith("/api/");
        boolean ofThePlatform = template.startsWith("/api/platform") || template.startsWith("/plateforme");
        Session session = caller.personOfACouncil() && !api ? sessionFor(route, caller) : null;
        String path = (ofThePlatform ? "" : "/t/" + A) + template.replace("{slug}", slug(route))
                .replace("{id}", template.contains("{id}") ? id(template) : "");
        HttpRequest.Builder request = platform.request(path).timeout(Duration.ofSeconds(120))
                .header("Accept", api ? "application/json" : BROWSER);
        if (caller == Caller.OPERATOR) {
            request.header("Authorization", "Bearer " + operators.current());
        } else if (caller.personOfACouncil() && api) {
            request.header("Authorization", "Bearer " + bearers.computeIfAbsent(caller,
                    person -> People.token(person.council, person.username())));
        } else if (session != null) {
            request.header("Cookie", SESSION + "=" + session.cookie());
        }
        switch (verb) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            case "POST" -> post(request, route, path, api, session == null ? "" : session.formToken());
            default -> throw new AssertionError("no way to call " + route);
        }
        return request;
    }

    private void post(HttpRequest.Builder request, String route, String path, boolean api, String formToken) {
        if (api) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(route)));
        } else if (route.equals("POST /gestion/medias")) {
            multipart(request, formToken, "Image " + (++created));
        } else {
            Map<String, String> form = new LinkedHashMap<>(fields(route, path));
            form.put("_csrf", formToken);
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(form)));
        }
    }

    /** The council's routes see A; the operators' lifecycle routes change C. */
    private static String slug(String route) {
        String template = route.substring(route.indexOf(' ') + 1);
        if (template.startsWith("/api/platform/tenants/{slug}")) {
            boolean lifecycle = route.startsWith("DELETE") || template.endsWith("/suspend") || template.endsWith("/reinstate")
                    || template.endsWith("/erasures");
            return lifecycle ? C : A;
        }
        if (template.startsWith("/pages/")) {
            return "contact";
        }
        if (template.startsWith("/actualites/")) {
            return NEWS;
        }
        return template.startsWith("/demarches/categorie/") ? CATEGORY : DEMARCHE;
    }

    /** What a call deletes is made for it; anything else is one item kept for the whole walk. */
    private String id(String template) {
        if (template.equals("/medias/{id}")) {
            return image == null ? image = upload("Image de la matrice") : image;
        }
        String section = template.split("/")[2];
        if (section.equals("menu") && !template.endsWith("/supprimer")) {
            return drafts.computeIfAbsent(section, kept -> menuItem("Entrée de la matrice"));
        }
        if (template.endsWith("/supprimer")) {
            return switch (section) {
                case "medias" -> upload("Image à supprimer " + (++created));
                case "menu" -> menuItem("Entrée à supprimer " + (++created));
                default -> draft(section, "a-supprimer-" + (++created));
            };
        }
        return drafts.computeIfAbsent(section, kept -> draft(kept, DRAFTS.get(kept).get("slug")));
    }

    private Map<String, String> fields(String route, String path) {
        String template = route.substring(route.indexOf(' ') + 1);
        if (template.matches("/gestion/[a-z]+/\\{id}") || template.equals("/gestion/theme")) {
            return editForm(path);
        }
        if (template.equals("/gestion/menu")) {
            return Map.of("label", "Entrée " + (++created), "target", "demarches", "parent", "", "position", "97");
        }
        if (template.equals("/gestion/theme")) {
            return Map.of("colour", "#00695c", "logo", "", "header", "", "footer", "");
        }
        String[] segments = template.split("/");
        if (segments.length == 3 && DRAFTS.containsKey(segments[2])) {
            return withSlug(DRAFTS.get(segments[2]), "nouveau-" + (++created));
        }
        if (segments.length == 4 && DRAFTS.containsKey(segments[2])) {
            return DRAFTS.get(segments[2]);
        }
        return Map.of();
    }

    private static String json(String route) {
        if (route.equals("POST /api/platform/tenants")) {
            return Tenants.commune(A, "Matrice " + A);
        }
        return route.endsWith("/erasures") ? "{\"username\":\"" + People.citizen(C) + "\"}" : "";
    }

    /**
     * The caller's session; logging out ends it, so the logout of a person of A uses a session of
     * their own. People of B are unknown to A: their session there is worth nothing, and stays.
     */
    private Session sessionFor(String route, Caller caller) {
        if (route.equals("POST /deconnexion") && A.equals(caller.council)) {
            return logIn(caller);
        }
        return sessions.computeIfAbsent(caller, MatrixCalls.this::logIn);
    }

    private Session logIn(Caller caller) {
        BrowserSession browser = new BrowserSession(platform.base());
        HttpResponse<String> landing = browser.logIn("/t/" + caller.council, caller.username(), People.PASSWORD);
        assertEquals(200, landing.statusCode(), landing.body());
        Element token = Jsoup.parse(browser.get("/t/" + caller.council + "/espace").body())
                .selectFirst("form[action$=/deconnexion] input[name=_csrf]");
        return new Session(browser.cookie(SESSION).orElseThrow(), token.val());
    }

    /** A draft made by A's council admin through the back-office; its id. */
    private String draft(String section, String slug) {
        String title = "Contenu " + slug;
        Map<String, String> form = new LinkedHashMap<>(withSlug(DRAFTS.get(section), slug));
        form.put("title", title);
        adminPost("/gestion/" + section, form);
        Element row = adminScreen("/gestion/" + section).select("tbody tr").stream()
                .filter(candidate -> candidate.text().contains(title)).findFirst().orElseThrow();
        return lastSegment(row.selectFirst("a").attr("href"));
    }

    private String menuItem(String label) {
        adminPost("/gestion/menu", Map.of("label", label, "target", "demarches", "parent", "", "position", "98"));
        Element row = adminScreen("/gestion/menu").select("tbody tr").stream()
                .filter(candidate -> candidate.text().contains(label)).findFirst().orElseThrow();
        String action = row.selectFirst("form[action$=/supprimer]").attr("action");
        return lastSegment(action.substring(0, action.length() - "/supprimer".length()));
    }

    private String upload(String alt) {
        Session admin = sessions.computeIfAbsent(Caller.ADMIN_A, this::logIn);
        HttpRequest.Builder request = platform.request("/t/" + A + "/gestion/medias").header("Accept", "text/html")
                .header("Cookie", SESSION + "=" + admin.cookie());
        multipart(request, admin.formToken(), alt);
        assertEquals(303, platform.send(request).statusCode(), "upload of " + alt);
        return lastSegment(adminScreen("/gestion/medias").selectFirst("img[alt=" + alt + "]").attr("src"));
    }

    private void adminPost(String path, Map<String, String> fields) {
        Session admin = sessions.computeIfAbsent(Caller.ADMIN_A, this::logIn);
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", admin.formToken());
        HttpResponse<String> done = platform.send(platform.request("/t/" + A + path).header("Accept", "text/html")
                .header("Cookie", SESSION + "=" + admin.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))));
        assertEquals(303, done.statusCode(), path + ": " + done.body());
    }

    /**
     * What the edit form at that address holds as the admin sees it now, its version included: an
     * edit sent as the browser would send it, which the last allowed call may have changed.
     */
    private Map<String, String> editForm(String path) {
        Session admin = sessions.computeIfAbsent(Caller.ADMIN_A, this::logIn);
        Document page = Jsoup.parse(platform.get(path, "Accept", "text/html", "Cookie", SESSION + "=" + admin.cookie()).body());
        Element form = page.select("form[method=post]").stream().filter(candidate -> path.equals(candidate.attr("action")))
                .findFirst().orElseThrow(() -> new AssertionError("no edit form at " + path));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf") || field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            fields.put(name, switch (field.tagName()) {
                case "textarea" -> field.text();
                case "select" -> field.select("option[selected]").stream().findFirst()
                        .or(() -> field.select("option").stream().findFirst()).map(option -> option.attr("value")).orElse("");
                default -> field.val();
            });
        }
        return fields;
    }

    private Document adminScreen(String path) {
        Session admin = sessions.computeIfAbsent(Caller.ADMIN_A, this::logIn);
        return Jsoup.parse(platform.get("/t/" + A + path, "Accept", "text/html", "Cookie", SESSION + "=" + admin.cookie())
                .body());
    }

    private static void multipart(HttpRequest.Builder request, String formToken, String alt) {
        String boundary = "----matrice" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map.of("_csrf", formToken, "alt", alt).forEach((name, value) -> write(body, "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"image.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n");
        body.writeBytes(Images.PNG);
        write(body, "\r\n--" + boundary + "--\r\n");
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> withSlug(Map<String, String> fields, String slug) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put("slug", slug);
        return copy;
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

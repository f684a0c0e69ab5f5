package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editors' and council admins' back-office, through the browser, against the real stack. */
@ExtendWith(ArquillianExtension.class)
class BackOfficeIT {

    private static final String NANTES = "nantes";
    private static final String SAINT_NAZAIRE = "saint-nazaire";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void twoCouncilsWithTheirStaff() {
        PlatformClient platform = PlatformClient.forTestServer();
        Tenants.ensure(platform, Tenants.commune(NANTES, "Ville de Nantes"));
        Tenants.ensure(platform, Tenants.commune(SAINT_NAZAIRE, "Ville de Saint-Nazaire"));
        People.ensure(NANTES);
        People.ensure(SAINT_NAZAIRE);
    }

    @Test
    void anEditorCreatesPreviewsPublishesUnpublishesAndDeletesAPage() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));
        Staff elsewhere = Staff.logIn(platform, SAINT_NAZAIRE, People.editor(SAINT_NAZAIRE));
        int pages = pagesOnTheDashboard(editor);
        int pagesElsewhere = pagesOnTheDashboard(elsewhere);

        HttpResponse<String> created = editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of(
                "slug", "marche-de-noel", "title", "Marché de Noël", "summary", "Du 5 au 24 décembre.",
                "body", "<p>Chalets et animations place Royale.</p>", "kind", "STANDARD", "position", "50"));
        assertEquals(303, created.statusCode(), created.body());
        assertEquals(pages + 1, pagesOnTheDashboard(editor), "the draft is counted");
        assertEquals(pagesElsewhere, pagesOnTheDashboard(elsewhere), "by its council only");
        assertEquals(404, publicPage("/t/nantes/pages/marche-de-noel"), "a draft is invisible to citizens");
        String id = editor.idOf("/gestion/pages", "Marché de Noël");
        assertTrue(editor.get("/gestion/pages/" + id + "/apercu").body().contains("Chalets et animations"));

        editor.action("/gestion/pages", id, "publier");
        assertEquals(200, publicPage("/t/nantes/pages/marche-de-noel"));
        assertTrue(platform.get("/t/nantes/recherche?q=chalets").body().contains("marche-de-noel"), "published content is searchable");

        editor.action("/gestion/pages", id, "depublier");
        assertEquals(404, publicPage("/t/nantes/pages/marche-de-noel"), "unpublished at once, cache included");
        assertFalse(platform.get("/t/nantes/recherche?q=chalets").body().contains("marche-de-noel"));

        editor.action("/gestion/pages", id, "supprimer");
        assertFalse(editor.get("/gestion/pages").body().contains("Marché de Noël"));
    }

    @Test
    void theDemarchePreviewLeadsBackThroughItsCategoryWithNoEmptyLink() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));
        assertEquals(303, editor.submit("/gestion/demarches/nouvelle", "/gestion/demarches", Map.of("slug", "permis-de-pecher",
                "title", "Obtenir un permis de pêche", "category", "etat-civil-citoyennete", "steps", "<p>En mairie.</p>",
                "position", "1")).statusCode());

        Document preview = Jsoup.parse(editor.get("/gestion/demarches/" + editor.idOf("/gestion/demarches", "permis de pêche")
                + "/apercu").body());

        org.jsoup.select.Elements crumbs = preview.select("nav.fil-ariane a");
        assertFalse(crumbs.isEmpty(), preview.html());
        crumbs.forEach(link -> assertFalse(link.text().isBlank(), "a breadcrumb link without text: " + link));
        assertTrue(crumbs.stream().anyMatch(link -> link.attr("href").equals("/t/nantes/demarches/categorie/etat-civil-citoyennete")
                && link.text().equals("État civil et citoyenneté")), crumbs.toString());
    }

    @Test
    void badInputGetsFrenchErrorsNextToTheFieldsAndSavesNothing() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));

        HttpResponse<String> refused = editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of(
                "slug", "Pas Un Identifiant", "title", "", "summary", "Résumé conservé", "body", "", "kind", "STANDARD",
                "position", "dix"));

        assertEquals(422, refused.statusCode());
        Document form = Jsoup.parse(refused.body());
        assertEquals("Ce champ est obligatoire.", form.getElementById("title-erreur").text());
        assertEquals("true", form.getElementById("title").attr("aria-invalid"));
        assertTrue(form.getElementById("title").attr("aria-describedby").contains("title-erreur"));
        assertTrue(form.getElementById("slug-erreur").text().contains("lettres minuscules"));
        assertTrue(form.getElementById("position-erreur").text().startsWith("Indiquez un nombre entier entre 0 et "));
        assertEquals("Résumé conservé", form.getElementById("summary").val(), "what was typed stays in the form");
        assertTrue(refused.body().contains("rien n’a été enregistré"));
        assertFalse(editor.get("/gestion/pages").body().contains("Résumé conservé"));

        HttpResponse<String> duplicate = editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of(
                "slug", "contact", "title", "Doublon", "body", "<p>x</p>", "kind", "STANDARD", "position", "1"));
        assertEquals(422, duplicate.statusCode());
        assertTrue(Jsoup.parse(duplicate.body()).getElementById("slug-erreur").text().contains("déjà utilisé"));

        HttpResponse<String> badLink = editor.submit("/gestion/demarches/nouvelle", "/gestion/demarches", Map.of(
                "slug", "demarche-douteuse", "title", "Démarche", "category", "inexistante", "steps", "<p>x</p>",
                "online", "http://phishing.example"));
        assertEquals(422, badLink.statusCode());
        Document demarche = Jsoup.parse(badLink.body());
        assertTrue(demarche.getElementById("online-erreur").text().contains("https://"));
        assertTrue(demarche.getElementById("category-erreur").text().contains("Choisissez"));

        HttpResponse<String> badDate = editor.submit("/gestion/actualites/nouvelle", "/gestion/actualites", Map.of(
                "slug", "mauvaise-date", "title", "Titre", "body", "<p>x</p>", "date", "32/13/2026"));
        assertEquals(422, badDate.statusCode());
        assertTrue(Jsoup.parse(badDate.body()).getElementById("date-erreur") != null);
    }

    @Test
    void scriptsInContentAreNeutralised() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));
        editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of(
                "slug", "page-piegee", "title", "<script>alert('titre')</script>Piège",
                "body", "<p onclick=\"alert(1)\">Texte</p><script>alert('corps')</script><img src=x onerror=alert(2)>"
                        + "<a href=\"javascript:alert(3)\">lien</a><iframe src=\"https://evil.example\"></iframe>",
                "kind", "STANDARD", "position", "1"));
        editor.action("/gestion/pages", editor.idOf("/gestion/pages", "Piège"), "publier");

        String page = platform.get("/t/nantes/pages/page-piegee").body();

        assertTrue(page.contains("Texte"));
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("onclick") || page.contains("onerror") || page.contains("javascript:")
                || page.contains("<iframe"), page);
        assertTrue(page.contains("&lt;script&gt;alert("), "the title is shown, escaped");
    }

    @Test
    void aFormWithoutThisBrowsersTokenIsRefused() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));

        HttpResponse<String> forged = editor.browser.post("/t/nantes/gestion/pages", Map.of(
                "slug", "forgee", "title", "Forgée", "body", "<p>x</p>", "kind", "STANDARD", "position", "1"));
        HttpResponse<String> wrongToken = editor.browser.post("/t/nantes/gestion/pages", Map.of("_csrf", "0".repeat(64),
                "slug", "forgee", "title", "Forgée", "body", "<p>x</p>", "kind", "STANDARD", "position", "1"));

        assertEquals(403, forged.statusCode());
        assertEquals(403, wrongToken.statusCode());
        assertFalse(editor.get("/gestion/pages").body().contains("Forgée"));
    }

    private static int pagesOnTheDashboard(Staff staff) {
        org.jsoup.nodes.Element card = org.jsoup.Jsoup.parse(staff.get("/gestion").body())
                .selectFirst("li.carte:has(a[href$=/gestion/pages])");
        return Integer.parseInt(card.selectFirst("p").text().replaceAll("\\D", ""));
    }

    @Test
    void anEditorOfOneCouncilCannotTouchAnother() {
        Staff nantes = Staff.logIn(platform, NANTES, People.editor(NANTES));
        String contactOfNantes = nantes.idOf("/gestion/pages", "Contact");
        String session = nantes.browser.cookie("civitas_session").orElseThrow();

        HttpResponse<String> otherList = platform.get("/t/saint-nazaire/gestion/pages", "Cookie", "civitas_session=" + session);
        assertEquals(401, otherList.statusCode(), "unknown to Saint-Nazaire");
        assertFalse(otherList.body().contains("Ville de Nantes"));

        Staff saintNazaire = Staff.logIn(platform, SAINT_NAZAIRE, People.editor(SAINT_NAZAIRE));
        assertEquals(404, saintNazaire.get("/gestion/pages/" + contactOfNantes).statusCode(), "Nantes' page is not there");
        HttpResponse<String> publishOther = saintNazaire.browser.post("/t/saint-nazaire/gestion/pages/" + contactOfNantes
                + "/supprimer", Map.of("_csrf", saintNazaire.token("/gestion/pages")));
        assertEquals(404, publishOther.statusCode());
        assertEquals(200, publicPage("/t/nantes/pages/contact"), "Nantes' contact page is untouched");
    }

    @Test
    void citizensAgentsAndStrangersCannotEditContent() {
        assertEquals(401, platform.get("/t/nantes/gestion/pages", "Accept", "text/html").statusCode());
        assertEquals(403, Staff.logIn(platform, NANTES, People.citizen(NANTES)).get("/gestion/pages").statusCode());
        assertEquals(403, Staff.logIn(platform, NANTES, People.agent(NANTES)).get("/gestion/pages").statusCode());
        assertEquals(403, Staff.logIn(platform, NANTES, People.editor(NANTES)).get("/gestion/theme").statusCode(),
                "the theme is the council admins' business");
    }

    @Test
    void councilAdminsChooseColoursThatStayReadable() {
        Staff admin = Staff.logIn(platform, SAINT_NAZAIRE, People.admin(SAINT_NAZAIRE));

        HttpResponse<String> pale = admin.submit("/gestion/theme", "/gestion/theme", Map.of("colour", "#ffcc00", "logo", ""));
        assertEquals(422, pale.statusCode());
        assertTrue(Jsoup.parse(pale.body()).getElementById("colour-erreur").text().contains("contraste"), pale.body());
        HttpResponse<String> malformed = admin.submit("/gestion/theme", "/gestion/theme",
                Map.of("colour", "red;}body{display:none", "logo", ""));
        assertEquals(422, malformed.statusCode());
        assertFalse(platform.get("/t/saint-nazaire/theme/portail.css").body().contains("display:none"));

        HttpResponse<String> badLink = admin.submit("/gestion/theme", "/gestion/theme", Map.of("colour", "#6A1B9A", "logo", "",
                "header", "Piscine sans destination", "footer", ""));
        assertEquals(422, badLink.statusCode());
        assertTrue(Jsoup.parse(badLink.body()).getElementById("header-erreur").text().contains("ligne 1"));

        assertEquals(303, admin.submit("/gestion/theme", "/gestion/theme", Map.of("colour", "#6A1B9A", "logo", "",
                "header", "Piscine | page:contact", "footer", "Office de tourisme | url:https://www.saint-nazaire-tourisme.com"))
                .statusCode());
        String home = platform.get("/t/saint-nazaire/").body();
        assertTrue(home.contains("href=\"/t/saint-nazaire/pages/contact\">Piscine</a>"), home);
        assertTrue(home.contains("href=\"https://www.saint-nazaire-tourisme.com\">Office de tourisme</a>"));
        assertTrue(platform.get("/t/saint-nazaire/theme/portail.css").body().contains("--couleur-principale: #6a1b9a"));
        assertTrue(platform.get("/t/saint-nazaire/theme/login.css").body().contains("#6a1b9a"), "the login pages follow");
        assertFalse(platform.get("/t/nantes/theme/portail.css").body().contains("#6a1b9a"));
    }

    @Test
    void theThemeFormKeepsTheLogoWhenOnlyTheColourChangesAndDeletingTheImageTakesItOffThePortal() {
        Staff admin = Staff.logIn(platform, SAINT_NAZAIRE, People.admin(SAINT_NAZAIRE));
        assertEquals(303, admin.upload("armoiries.png", Images.PNG, "Armoiries de Saint-Nazaire").statusCode());
        String logo = Jsoup.parse(admin.get("/gestion/theme").body()).select("#logo option").stream()
                .filter(option -> option.text().equals("Armoiries de Saint-Nazaire")).findFirst().orElseThrow().val();
        assertEquals(303, admin.submit("/gestion/theme", "/gestion/theme", Map.of("colour", "#1f4e79", "logo", logo))
                .statusCode());

        Document form = Jsoup.parse(admin.get("/gestion/theme").body());
        assertEquals(logo, form.select("#logo option[selected]").val(), "the current logo is chosen in the form");
        assertEquals(303, admin.submit("/gestion/theme", "/gestion/theme", Map.of("colour", "#00695c",
                "logo", form.select("#logo option[selected]").val())).statusCode(), "the form sent back as shown, colour changed");
        assertTrue(platform.get("/t/saint-nazaire/").body().contains("src=\"/t/saint-nazaire/medias/" + logo + "\""),
                "the logo stays");

        admin.action("/gestion/medias", logo, "supprimer");
        assertFalse(platform.get("/t/saint-nazaire/").body().contains("/medias/" + logo), "gone at once, cache included");
    }

    @Test
    void textsTheirColumnsCannotHoldAreFrenchErrorsAndTheFormKeepsItsChoices() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));
        assertEquals(303, editor.submit("/gestion/menu", "/gestion/menu", Map.of("label", "Sports nautiques",
                "target", "demarches", "parent", "", "position", "98")).statusCode());
        String parent = Jsoup.parse(editor.get("/gestion/menu").body()).select("#parent option").stream()
                .filter(option -> option.text().equals("Sports nautiques")).findFirst().orElseThrow().val();

        HttpResponse<String> tooLong = editor.submit("/gestion/menu", "/gestion/menu", Map.of("label", "Piscines",
                "target", "url:https://www.nantes.fr/" + "piscine".repeat(80), "parent", parent, "position", "1"));

        assertEquals(422, tooLong.statusCode(), tooLong.body());
        Document form = Jsoup.parse(tooLong.body());
        assertEquals("Ce champ ne doit pas dépasser 500 caractères.", form.getElementById("target-erreur").text());
        assertEquals(parent, form.select("#parent option[selected]").val(), "the chosen parent stays chosen");
        assertFalse(editor.get("/gestion/menu").body().contains("Piscines"));

        HttpResponse<String> nul = editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of("slug", "page-nulle",
                "title", "Titre\u0000nul", "body", "<p>x</p>", "kind", "STANDARD", "position", "1"));
        assertEquals(422, nul.statusCode(), nul.body());
        assertTrue(Jsoup.parse(nul.body()).getElementById("title-erreur").text().contains("caractère invisible"));
    }

    @Test
    void editorsSeeNoLinkToTheThemeTheyMayNotChange() {
        Document editorScreen = Jsoup.parse(Staff.logIn(platform, NANTES, People.editor(NANTES)).get("/gestion/pages").body());
        Document adminScreen = Jsoup.parse(Staff.logIn(platform, NANTES, People.admin(NANTES)).get("/gestion/pages").body());

        assertTrue(editorScreen.select("a[href$='/gestion/theme']").isEmpty(), editorScreen.html());
        assertFalse(adminScreen.select("a[href$='/gestion/theme']").isEmpty());
    }

    @Test
    void imagesAreRecognisedByTheirContentAndNeedATextAlternative() {
        Staff editor = Staff.logIn(platform, SAINT_NAZAIRE, People.editor(SAINT_NAZAIRE));

        HttpResponse<String> png = editor.upload("logo.png", Images.PNG, "Blason de la ville");
        assertEquals(303, png.statusCode(), png.body());
        HttpResponse<String> svg = editor.upload("logo.png", Images.SVG, "Faux PNG");
        assertEquals(422, svg.statusCode());
        assertTrue(Jsoup.parse(svg.body()).getElementById("file-erreur").text().contains("PNG, JPEG, GIF et WebP"));
        HttpResponse<String> noAlt = editor.upload("autre.png", Images.PNG, "");
        assertEquals(422, noAlt.statusCode());
        assertTrue(Jsoup.parse(noAlt.body()).getElementById("alt-erreur") != null);
        HttpResponse<String> huge = editor.upload("enorme.png", Images.oversized(), "Trop lourde");
        assertEquals(422, huge.statusCode());

        String library = editor.get("/gestion/medias").body();
        String src = Jsoup.parse(library).select("img[alt=Blason de la ville]").attr("src");
        HttpResponse<String> served = platform.get(src);
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(library.contains("Faux PNG") || library.contains("Trop lourde"));
        assertEquals(404, platform.get(src.replace("/t/saint-nazaire/", "/t/nantes/")).statusCode(),
                "another council's image is not reachable through Nantes");
    }

    @Test
    void newsAndTheMenuAreEditedToo() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));
        editor.submit("/gestion/actualites/nouvelle", "/gestion/actualites", Map.of("slug", "fete-de-la-musique",
                "title", "Fête de la musique", "summary", "Le 21 juin.", "body", "<p>Scènes ouvertes.</p>", "date", "2026-06-21"));
        assertFalse(platform.get("/t/nantes/actualites/rss.xml").body().contains("fete-de-la-musique"), "a draft");
        editor.action("/gestion/actualites", editor.idOf("/gestion/actualites", "Fête de la musique"), "publier");
        assertTrue(platform.get("/t/nantes/actualites/rss.xml").body().contains("fete-de-la-musique"));

        HttpResponse<String> badTarget = editor.submit("/gestion/menu", "/gestion/menu", Map.of("label", "Piège",
                "target", "javascript:alert(1)", "parent", "", "position", "1"));
        assertEquals(422, badTarget.statusCode());
        assertEquals(303, editor.submit("/gestion/menu", "/gestion/menu", Map.of("label", "Musique",
                "target", "url:https://www.fetedelamusique.culture.gouv.fr", "parent", "", "position", "99")).statusCode());
        assertTrue(platform.get("/t/nantes/").body().contains("href=\"https://www.fetedelamusique.culture.gouv.fr\""));
    }

    @Test
    void everyChangeIsAuditedWithItsAuthor() {
        Staff editor = Staff.logIn(platform, NANTES, People.editor(NANTES));
        editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of("slug", "page-auditee", "title", "Page auditée",
                "body", "<p>x</p>", "kind", "STANDARD", "position", "1"));

        String audit = platform.operatorGet("/api/platform/tenants/nantes/audit").body();

        assertTrue(audit.contains("\"action\":\"portal.page.created\""), audit);
        assertTrue(audit.contains("\"actor\":\"" + People.editor(NANTES) + "\""), audit);
        assertTrue(audit.contains("\"detail\":\"page-auditee\""));
    }

    private int publicPage(String path) {
        return platform.get(path, "Accept", "text/html").statusCode();
    }

    /** A member of a council's staff, logged in through its realm, working in its back-office. */
    static final class Staff {

        final BrowserSession browser;
        final String council;

        private Staff(BrowserSession browser, String council) {
            this.browser = browser;
            this.council = council;
        }

        static Staff logIn(PlatformClient platform, String council, String username) {
            BrowserSession browser = new BrowserSession(platform.base());
            HttpResponse<String> landing = browser.logIn("/t/" + council, username, People.PASSWORD);
            assertEquals(200, landing.statusCode(), landing.body());
            return new Staff(browser, council);
        }

        HttpResponse<String> get(String path) {
            return browser.get("/t/" + council + path);
        }

        String token(String formPage) {
            return Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").first().val();
        }

        /**
         * Fills the form of a screen with the values and sends it where the form posts, with the
         * form's hidden token and version as a browser would.
         */
        HttpResponse<String> submit(String formPage, String action, Map<String, String> values) {
            Document page = Jsoup.parse(get(formPage).body());
            Map<String, String> form = new HashMap<>(values);
            form.put("_csrf", page.select("input[name=_csrf]").first().val());
            org.jsoup.nodes.Element version = page.selectFirst("main form input[name=version]");
            if (version != null) {
                form.putIfAbsent("version", version.val());
            }
            return browser.post("/t/" + council + action, form);
        }

        HttpResponse<String> action(String list, String id, String verb) {
            HttpResponse<String> done = browser.post("/t/" + council + list + "/" + id + "/" + verb,
                    Map.of("_csrf", token(list)));
            assertEquals(303, done.statusCode(), verb + ": " + done.body());
            return done;
        }

        /** The id of the first item of a back-office list whose title contains the text. */
        String idOf(String list, String title) {
            Document page = Jsoup.parse(get(list).body());
            String href = page.select("tbody tr").stream().filter(row -> row.text().contains(title)).findFirst()
                    .orElseThrow(() -> new AssertionError(title + " is not in " + list)).select("a").first().attr("href");
            return href.substring(href.lastIndexOf('/') + 1);
        }

        HttpResponse<String> upload(String filename, byte[] content, String alt) {
            return browser.multipart("/t/" + council + "/gestion/medias", Map.of("_csrf", token("/gestion/medias"),
                    "alt", alt), "file", filename, content);
        }
    }
}

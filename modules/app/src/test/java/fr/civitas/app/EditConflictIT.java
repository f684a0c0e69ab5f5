package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.app.BackOfficeIT.Staff;
import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two editors open the same content; the first saves; the second, who loaded the same version,
 * gets the form back as typed with a French message instead of silently replacing the first's
 * work, and replaces it only by saving again.
 */
@ExtendWith(ArquillianExtension.class)
class EditConflictIT {

    private static final String COUNCIL = "chinon";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void aCouncilWithItsStaff() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Ville de Chinon"));
        People.ensure(COUNCIL);
    }

    /** The form of a screen as the browser would send it back untouched: every field with its value. */
    static Map<String, String> formOf(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        assertNotNull(form, formSelector + " in " + page.title());
        return formOf(form);
    }

    static Map<String, String> formOf(Element form) {
        Map<String, String> values = new HashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            if (field.is("input[type=checkbox]") && !field.hasAttr("checked")) {
                continue;
            }
            values.put(field.attr("name"), field.is("select") ? selected(field) : field.is("textarea") ? field.wholeText()
                    : field.val());
        }
        return values;
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option != null ? option.val() : select.select("option").isEmpty() ? "" : select.selectFirst("option").val();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pages,Contact,title", "actualites,,title", "demarches,,title"})
    void theSecondOfTwoEditorsOfTheSameVersionIsToldAndSavesNothing(String section, String existing, String field) {
        Staff first = Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        Staff second = Staff.logIn(platform, COUNCIL, People.admin(COUNCIL));
        String id = existing == null ? firstItem(first, section) : first.idOf("/gestion/" + section, existing);
        String editPage = "/gestion/" + section + "/" + id;
        Map<String, String> firstForm = formOf(Jsoup.parse(first.get(editPage).body()), "main form[method=post]");
        Map<String, String> secondForm = formOf(Jsoup.parse(second.get(editPage).body()), "main form[method=post]");
        assertEquals(firstForm.get("version"), secondForm.get("version"), "both loaded the same version");

        firstForm.put(field, "Version du premier");
        assertEquals(303, first.browser.post("/t/" + COUNCIL + editPage, firstForm).statusCode());
        secondForm.put(field, "Version du second");
        HttpResponse<String> conflict = second.browser.post("/t/" + COUNCIL + editPage, secondForm);

        assertEquals(409, conflict.statusCode(), conflict.body());
        Document form = Jsoup.parse(conflict.body());
        assertTrue(form.select("main [role=alert]").text().contains("Quelqu’un d’autre a enregistré ce contenu"), conflict.body());
        assertEquals("Version du second", form.getElementById(field).val(), "what the second typed is kept");
        assertNotEquals(secondForm.get("version"), form.selectFirst("input[name=version]").val(), "the form now carries the saved version");
        assertEquals("Version du premier", Jsoup.parse(first.get(editPage).body()).getElementById(field).val(),
                "the first's work is not overwritten");

        HttpResponse<String> again = second.browser.post("/t/" + COUNCIL + editPage, formOf(form, "main form[method=post]"));
        assertEquals(303, again.statusCode(), "saving again, knowingly, replaces it");
        assertEquals("Version du second", Jsoup.parse(second.get(editPage).body()).getElementById(field).val());
    }

    @Test
    void aMenuEntryAndTheThemeAreProtectedAlike() {
        Staff first = Staff.logIn(platform, COUNCIL, People.admin(COUNCIL));
        Staff second = Staff.logIn(platform, COUNCIL, People.admin(COUNCIL));
        String entry = Jsoup.parse(first.get("/gestion/menu").body()).select("main table a[href*=/gestion/menu/]").first()
                .attr("href").replaceFirst(".*/gestion/menu/", "/gestion/menu/");
        for (String screen : new String[] {entry, "/gestion/theme"}) {
            String field = screen.equals("/gestion/theme") ? "footer" : "label";
            String firstValue = screen.equals("/gestion/theme") ? "Premier | demarches" : "Premier";
            String secondValue = screen.equals("/gestion/theme") ? "Second | recherche" : "Second";
            Map<String, String> firstForm = formOf(Jsoup.parse(first.get(screen).body()), "main form[method=post]:has(input[name=version])");
            Map<String, String> secondForm = formOf(Jsoup.parse(second.get(screen).body()), "main form[method=post]:has(input[name=version])");
            firstForm.put(field, firstValue);
            assertEquals(303, first.browser.post("/t/" + COUNCIL + screen, firstForm).statusCode(), screen);
            secondForm.put(field, secondValue);

            HttpResponse<String> conflict = second.browser.post("/t/" + COUNCIL + screen, secondForm);

            assertEquals(409, conflict.statusCode(), screen + ": " + conflict.body());
            assertEquals(secondValue, Jsoup.parse(conflict.body()).getElementById(field).val().strip(), screen);
            assertTrue(Jsoup.parse(first.get(screen).body()).getElementById(field).val().contains(firstValue), screen);
        }
        assertTrue(platform.get("/t/" + COUNCIL + "/").body().contains(">Premier</a>"), "the first's link is on the portal");
    }

    @Test
    void aFormWithoutItsVersionSavesNothing() {
        Staff editor = Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        String id = editor.idOf("/gestion/pages", "Contact");
        Map<String, String> form = formOf(Jsoup.parse(editor.get("/gestion/pages/" + id).body()), "main form[method=post]");
        form.remove("version");
        form.put("title", "Sans version");

        assertEquals(409, editor.browser.post("/t/" + COUNCIL + "/gestion/pages/" + id, form).statusCode());
        assertFalse(editor.get("/gestion/pages").body().contains("Sans version"));
    }

    private static String firstItem(Staff staff, String section) {
        Element link = Jsoup.parse(staff.get("/gestion/" + section).body()).selectFirst("tbody tr a");
        assertNotNull(link, "the template gives the council some " + section);
        String href = link.attr("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }
}

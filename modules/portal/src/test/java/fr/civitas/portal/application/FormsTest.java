package fr.civitas.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.kernel.validation.FieldChecks;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits of the back-office forms, as the use cases and the views read them. */
class FormsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static Map<String, String> created(Object form) {
        return FieldChecks.errors(VALIDATOR, form, PortalTexts::get, Default.class, Forms.Creation.class);
    }

    private static Map<String, String> edited(Object form) {
        return FieldChecks.errors(VALIDATOR, form, PortalTexts::get, Default.class);
    }

    private static Forms.PageForm page(String slug, String title, String body, String position) {
        return new Forms.PageForm(slug, title, "Résumé", body, "STANDARD", position, "0");
    }

    private static Forms.NewsForm news(String title, String date) {
        return new Forms.NewsForm("fete", title, null, "<p>Texte</p>", date, "0");
    }

    private static Forms.DemarcheForm demarche(String documents, String category) {
        return new Forms.DemarcheForm("carte", "Carte", category, null, null, "<p>Venir</p>", documents, null, null, null,
                "commune", false, "1", "0");
    }

    @Test
    void wellFilledFormsHaveNoError() {
        assertEquals(Map.of(), created(page("marche-de-noel", "Marché de Noël", "<p>Chalets</p>\r\n<p>Place</p>", "50")));
        assertEquals(Map.of(), created(news("Fête de la musique", "2026-06-21")));
        assertEquals(Map.of(), created(demarche("Pièce d'identité\r\nJustificatif de domicile", "etat-civil")));
        assertEquals(Map.of(), edited(new Forms.MenuForm("Piscines", "page:piscines", "", "3", "0")));
        assertEquals(Map.of(), edited(new Forms.ThemeForm("#1f4e79", "", "Piscine | page:piscine", "", "0")));
        assertEquals(Map.of(), edited(new Forms.ImageForm("blason.png", "Blason de la ville")));
    }

    @Test
    void theSlugIsCheckedWhenContentIsCreatedOnly() {
        assertEquals(Map.of("slug", PortalTexts.get("formulaire.identifiant")), created(page("Pas Un Slug", "T", "<p>x</p>", "1")));
        assertFalse(created(page("a\u0000b", "T", "<p>x</p>", "1")).isEmpty());
        assertEquals(Map.of(), edited(page(null, "T", "<p>x</p>", "1")), "an edit sends no slug");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Titre\u0000nul", "Titre\u001b[0m", "Titre\u0007", "Ligne\nligne", "\ud800"})
    void controlCharactersInATitleAreRefusedInFrench(String title) {
        assertTrue(created(news(title, "2026-06-21")).get("title").contains("caractère invisible"), title);
    }

    @Test
    void everyTextFieldHasAMaximum() {
        String huge = "x".repeat(100_001);
        Forms.DemarcheForm form = new Forms.DemarcheForm("carte", huge, huge, huge, huge, huge, huge, huge, huge, huge, huge,
                false, "1", "0");
        Map<String, String> errors = created(form);
        for (String field : new String[] {"title", "category", "summary", "audience", "steps", "documents", "cost", "delay",
                "online", "authority"}) {
            assertTrue(errors.containsKey(field), field + " has a maximum: " + errors);
        }
        assertTrue(edited(new Forms.ThemeForm("#1f4e79", "", huge, huge, "0")).keySet().containsAll(java.util.List.of("header",
                "footer")));
        assertTrue(edited(new Forms.MenuForm(huge, huge, huge, "1", "0")).keySet().containsAll(java.util.List.of("label",
                "target", "parent")));
        assertEquals("Ce champ ne doit pas dépasser 200 caractères.",
                edited(new Forms.ImageForm("x".repeat(201) + ".png", "Blason")).get("file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999-01-01", "+999999999-12-31", "0001-01-01", "2026-02-30", "demain"})
    void datesOutsideTheCalendarOrPast2200AreRefused(String date) {
        assertTrue(created(news("Titre", date)).containsKey("date"), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10000", "2147483648", "dix", "1.5"})
    void positionsAreSmallWholeNumbers(String position) {
        assertTrue(created(page("ok", "T", "<p>x</p>", position)).containsKey("position"), position);
    }
}

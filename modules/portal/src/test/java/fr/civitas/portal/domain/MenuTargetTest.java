package fr.civitas.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MenuTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"demarches", "actualites", "recherche", "page:contact", "demarche:carte-identite",
            "categorie:etat-civil", "url:https://www.service-public.fr/particuliers"})
    void validTargets(String target) {
        assertTrue(MenuTarget.isValid(target), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "javascript:alert(1)", "url:javascript:alert(1)", "url:http://insecure.example", "url:https://",
            "page:Contact", "page:", "page:a\u0000b", "gestion", "url:https://exa mple.fr", "demarches "})
    void invalidTargets(String target) {
        assertFalse(MenuTarget.isValid(target), target);
        assertThrows(IllegalArgumentException.class, () -> new MenuTarget(target));
    }

    @Test
    void eachTargetLeadsWhereItSays() {
        assertEquals("/t/nantes/pages/contact", MenuTarget.parse("page:contact").href("/t/nantes"));
        assertEquals("/t/nantes/demarches/carte", MenuTarget.parse("demarche:carte").href("/t/nantes"));
        assertEquals("/t/nantes/demarches/categorie/social", MenuTarget.parse("categorie:social").href("/t/nantes"));
        assertEquals("/t/nantes/actualites", MenuTarget.parse(" actualites ").href("/t/nantes"));
        assertEquals("https://www.nantes.fr", MenuTarget.parse("url:https://www.nantes.fr").href("/t/nantes"));
    }
}

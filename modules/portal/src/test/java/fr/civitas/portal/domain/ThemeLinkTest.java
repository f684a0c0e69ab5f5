package fr.civitas.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeLinkTest {

    @Test
    void aLineIsALabelAndATarget() {
        ThemeLink link = ThemeLink.parse(" Piscine | page:piscine ").orElseThrow();
        assertEquals("Piscine", link.label());
        assertEquals("Piscine | page:piscine", link.line());
    }

    @Test
    void labelsAndTargetsHaveTheirLimits() {
        assertTrue(ThemeLink.parse("x".repeat(ThemeLink.MAX_LABEL) + " | demarches").isPresent());
        assertFalse(ThemeLink.parse("x".repeat(ThemeLink.MAX_LABEL + 1) + " | demarches").isPresent());
        String longUrl = "url:https://www.nantes.fr/" + "p".repeat(MenuTarget.MAX_LENGTH);
        assertTrue(MenuTarget.isValid(longUrl), "a valid target…");
        assertFalse(ThemeLink.parse("Long | " + longUrl).isPresent(), "…too long for a link");
        assertFalse(ThemeLink.parse("Sans destination").isPresent());
        assertFalse(ThemeLink.parse(" | demarches").isPresent());
    }

    @Test
    void aBlockHoldsAtMostEightLinksAndSkipsWhatDoesNotParse() {
        assertEquals(List.of("A | demarches", "B | recherche"),
                ThemeLink.all("A | demarches\n\nnimporte quoi\r\nB | recherche").stream().map(ThemeLink::line).toList());
        assertFalse(ThemeLink.tooMany("a | demarches\n".repeat(8)));
        assertTrue(ThemeLink.tooMany("a | demarches\n".repeat(9)));
    }
}

package fr.civitas.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void ratiosAreThoseOfWcag() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 0.001);
        assertEquals(1.0, Contrast.ratio("#1f4e79", "#1f4e79"), 0.001);
        assertEquals(4.48, Contrast.ratio("#ffffff", "#777777"), 0.01, "the usual grey just misses AA");
        assertEquals(Contrast.ratio("#ffffff", "#000091"), Contrast.ratio("#000091", "#ffffff"), 0.0001, "symmetric");
    }

    @Test
    void whiteTextNeedsADarkEnoughColour() {
        assertTrue(Contrast.readable(Contrast.WHITE, "#000091"));
        assertTrue(Contrast.readable(Contrast.WHITE, "#767676"), "4.54:1");
        assertFalse(Contrast.readable(Contrast.WHITE, "#777777"));
        assertFalse(Contrast.readable(Contrast.WHITE, "#ffcc00"));
    }

    @Test
    void onlyHexColoursAreColours() {
        assertTrue(Theme.isColour(" #1F4E79 "));
        assertFalse(Theme.isColour("red;}body{display:none"));
        assertFalse(Theme.isColour("#fff"));
        assertThrows(IllegalArgumentException.class, () -> Contrast.ratio("#ffffff", "url(x)"));
    }
}

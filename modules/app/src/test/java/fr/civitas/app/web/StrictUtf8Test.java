package fr.civitas.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictUtf8Test {

    @Test
    void formsAreDecodedAsBrowsersEncodeThem() {
        assertEquals(Optional.of(Map.of("title", List.of("Fête à Noël"), "tag", List.of("a", "b c"), "vide", List.of(""))),
                StrictUtf8.form("title=F%C3%AAte+%C3%A0+No%C3%ABl&tag=a&tag=b%20c&vide", false));
        assertEquals(Optional.of(Map.of("q", List.of("é😀"))), StrictUtf8.form("q=é😀", false), "raw characters of a decoded body");
        assertEquals(Optional.of(Map.of("q", List.of("é"))), StrictUtf8.form("q=\u00c3\u00a9", true), "raw bytes of a query string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title=%FF", "title=%C3", "title=%C3%28", "t%E9=x", "title=%ED%A0%80", "title=%", "title=%2",
            "title=%zz", "title=%C0%AF"})
    void malformedUtf8OrEscapesAreRefused(String form) {
        assertTrue(StrictUtf8.form(form, false).isEmpty(), form);
    }

    @Test
    void bodiesAreStrict() {
        assertEquals(Optional.of("{\"a\":\"é\"}"), StrictUtf8.decode("{\"a\":\"é\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(StrictUtf8.decode(new byte[] {'{', (byte) 0xE9, '}'}).isEmpty());
    }
}

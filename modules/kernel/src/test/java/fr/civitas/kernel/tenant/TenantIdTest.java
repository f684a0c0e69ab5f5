package fr.civitas.kernel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"laval", "mayenne", "saint-berthevin", "c2", "a123456789012345678901234567890123456789"})
    void acceptsCouncilSlugs(String slug) {
        assertTrue(TenantId.isWellFormed(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Laval", "1laval", "laval_", "laval-", "saint--jean", "la val", "../etc",
            "a1234567890123456789012345678901234567890", "lavál"})
    void refusesAnythingElse(String slug) {
        assertFalse(TenantId.isWellFormed(slug));
        assertThrows(IllegalArgumentException.class, () -> TenantId.of(slug));
    }

    @Test
    void schemaNameCannotCollideWithPlatformSchemas() {
        assertEquals("t_saint_berthevin", TenantId.of("saint-berthevin").schemaName());
        assertEquals("t_platform", TenantId.of("platform").schemaName());
    }
}

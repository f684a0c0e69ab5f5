package fr.civitas.kernel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantKindTest {

    @Test
    void everyKindOfCouncilHasItsFrenchName() {
        assertEquals(List.of("Département", "Commune", "Intercommunalité"),
                Arrays.stream(TenantKind.values()).map(TenantKind::label).toList());
    }
}

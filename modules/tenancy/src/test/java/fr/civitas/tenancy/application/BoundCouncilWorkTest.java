package fr.civitas.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantKind;
import fr.civitas.kernel.tenant.TenantView;
import org.junit.jupiter.api.Test;

/** Work for a council binds it while it runs and always releases it. */
class BoundCouncilWorkTest {

    private static final TenantView LAVAL = new TenantView(TenantId.of("laval"), "Ville de Laval", TenantKind.COMMUNE, "commune");
    private static final TenantView MAYENNE = new TenantView(TenantId.of("mayenne"), "Mayenne", TenantKind.DEPARTEMENT,
            "departement");

    @Test
    void theCouncilIsBoundWhileTheWorkRunsOnly() {
        String seen = BoundCouncilWork.within(LAVAL, () -> TenantContext.current().orElseThrow().tenant().id().slug());

        assertEquals("laval", seen);
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void aFailureStillReleasesTheCouncil() {
        assertThrows(IllegalStateException.class, () -> BoundCouncilWork.within(LAVAL, () -> {
            throw new IllegalStateException("panne");
        }));
        assertTrue(TenantContext.current().isEmpty());
    }

    @Test
    void nestedWorkGivesBackTheOuterCouncil() {
        BoundCouncilWork.within(MAYENNE, () -> {
            BoundCouncilWork.within(LAVAL, () -> null);
            assertEquals("mayenne", TenantContext.current().orElseThrow().tenant().id().slug());
            return null;
        });
        assertTrue(TenantContext.current().isEmpty());
    }
}

package fr.civitas.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A council's statuses and the moves allowed between them. */
class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final Tenant laval = new Tenant(TenantId.of("laval"), "Ville de Laval", TenantKind.COMMUNE, "commune", "1", null,
            "default", NOW);

    @Test
    void aNewCouncilOpensThenIsSuspendedAndReinstated() {
        assertEquals(TenantStatus.PROVISIONING, laval.status());
        assertFalse(laval.isInService());
        laval.activate(NOW);
        assertTrue(laval.isInService());
        laval.suspend(NOW);
        assertEquals(TenantStatus.SUSPENDED, laval.status());
        assertTrue(laval.isInService(), "its data is still there");
        laval.reinstate(NOW);
        assertEquals(TenantStatus.ACTIVE, laval.status());
    }

    @Test
    void aFailedMigrationGivesBackTheStatusItHad() {
        laval.activate(NOW);
        laval.suspend(NOW);
        laval.markFailed(NOW);
        assertEquals(TenantStatus.FAILED, laval.status());
        laval.resumeProvisioning(NOW);
        laval.activate(NOW);
        assertEquals(TenantStatus.SUSPENDED, laval.status(), "suspended stays suspended");
    }

    @Test
    void onlyAnActiveCouncilCanBeSuspendedAndARetiredOneNeverReturns() {
        assertThrows(IllegalStateException.class, () -> laval.suspend(NOW), "still opening");
        laval.activate(NOW);
        laval.retire(NOW);
        assertThrows(IllegalStateException.class, () -> laval.activate(NOW));
        assertThrows(IllegalStateException.class, () -> laval.resumeProvisioning(NOW));
        assertThrows(IllegalStateException.class, () -> laval.reinstate(NOW));
        assertFalse(laval.isInService());
    }
}

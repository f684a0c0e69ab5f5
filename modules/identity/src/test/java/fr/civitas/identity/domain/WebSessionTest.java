package fr.civitas.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebSessionTest {

    private static final Instant LOGIN = Instant.parse("2026-11-29T12:00:00Z");
    /** Seals by wrapping: enough to see what the session stores and opens. */
    private static final Sealing MARKED = new Sealing() {
        @Override
        public String seal(String plain, String context) {
            return "scelle[" + context + "]" + plain;
        }

        @Override
        public String open(String sealed, String context) {
            return sealed.substring(("scelle[" + context + "]").length());
        }
    };

    private final WebSession session = new WebSession("hash", new Caller("sujet", "usager", "Camille", null, Set.of("citizen")),
            new TokenSet("acces", LOGIN.plusSeconds(300), "renouvellement", "identite"), LOGIN, MARKED);

    @Test
    void tokensAreStoredSealedForTheirSession() {
        assertEquals("scelle[hash]acces", session.stored().accessToken());
        assertEquals("acces", session.accessToken(MARKED));
        assertEquals("renouvellement", session.refreshToken(MARKED));
    }

    @Test
    void theRealmIsAskedAgainOnlyOnceItsWordIsOld() {
        assertFalse(session.needsRealmCheck(LOGIN.plusSeconds(29), Duration.ofSeconds(30)));
        assertTrue(session.needsRealmCheck(LOGIN.plusSeconds(30), Duration.ofSeconds(30)));
        session.checked(LOGIN.plusSeconds(40));
        assertFalse(session.needsRealmCheck(LOGIN.plusSeconds(60), Duration.ofSeconds(30)));
    }

    @Test
    void aVisitIsWorthSavingOnceAMinute() {
        assertFalse(session.seen(LOGIN.plusSeconds(20)), "a moment after the last one");
        assertTrue(session.seen(LOGIN.plusSeconds(61)));
        assertEquals(LOGIN.plusSeconds(61), session.lastSeenAt());
    }

    @Test
    void idleAndMaximumLengthsEndTheSession() {
        assertFalse(session.hasExpired(LOGIN.plusSeconds(60), Duration.ofMinutes(30), Duration.ofHours(8)));
        assertTrue(session.hasExpired(LOGIN.plus(Duration.ofMinutes(31)), Duration.ofMinutes(30), Duration.ofHours(8)));
        assertTrue(session.hasExpired(LOGIN.plus(Duration.ofHours(9)), Duration.ofHours(10), Duration.ofHours(8)));
    }

    @Test
    void renewedTokensMustBeTheSamePersons() {
        Caller someoneElse = new Caller("autre", "intrus", null, null, Set.of());
        assertThrows(IllegalArgumentException.class, () -> session.renew(
                new TokenSet("a", LOGIN.plusSeconds(600), null, null), someoneElse, LOGIN, MARKED));
    }
}

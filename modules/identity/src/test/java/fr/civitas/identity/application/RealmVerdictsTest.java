package fr.civitas.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.identity.domain.RealmRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The realm is asked about a token once per revalidation delay, not on every request. */
class RealmVerdictsTest {

    private static final RealmRef LAVAL = new RealmRef("default", "laval");
    private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");

    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void theRealmsWordIsTrustedForTheDelayThenAskedAgain() {
        assertTrue(verdicts(START).isActive(LAVAL, "jeton", this::active));
        assertTrue(verdicts(START.plusSeconds(29)).isActive(LAVAL, "jeton", this::inactive), "still trusted");
        assertEquals(1, asked.get(), "one question for two requests");

        assertFalse(verdicts(START.plusSeconds(30)).isActive(LAVAL, "jeton", this::inactive), "asked again after the delay");
        assertEquals(2, asked.get());
    }

    @Test
    void eachTokenAndEachRealmHasItsOwnVerdict() {
        RealmVerdicts verdicts = verdicts(START);
        verdicts.isActive(LAVAL, "jeton", this::active);

        assertFalse(verdicts.isActive(LAVAL, "autre-jeton", this::inactive));
        assertFalse(verdicts.isActive(new RealmRef("default", "mayenne"), "jeton", this::inactive));
        assertEquals(3, asked.get());
    }

    private RealmVerdicts current;

    /** One cache seen at different instants. */
    private RealmVerdicts verdicts(Instant now) {
        if (current == null) {
            current = new RealmVerdicts();
            current.settings = new IdentitySettings();
            current.settings.revalidateSeconds = 30;
        }
        current.clock = Clock.fixed(now, ZoneOffset.UTC);
        return current;
    }

    private boolean active() {
        asked.incrementAndGet();
        return true;
    }

    private boolean inactive() {
        asked.incrementAndGet();
        return false;
    }
}

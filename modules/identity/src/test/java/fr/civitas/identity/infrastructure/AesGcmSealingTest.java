package fr.civitas.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.civitas.identity.domain.UnopenableSealException;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AesGcmSealingTest {

    private static final String KEY = Base64.getEncoder().encodeToString("cle-de-test-de-trente-deux-octet".getBytes());

    @Test
    void whatIsSealedOpensForItsRowOnly() {
        AesGcmSealing sealing = sealing(KEY);
        String sealed = sealing.seal("eyJ.jeton.secret", "session-a");

        assertFalse(sealed.contains("eyJ"));
        assertNotEquals(sealed, sealing.seal("eyJ.jeton.secret", "session-a"), "a fresh nonce each time");
        assertEquals("eyJ.jeton.secret", sealing.open(sealed, "session-a"));
        assertThrows(UnopenableSealException.class, () -> sealing.open(sealed, "session-b"), "copied to another row");
        assertThrows(UnopenableSealException.class, () -> sealing(Base64.getEncoder().encodeToString(new byte[32]))
                .open(sealed, "session-a"), "another key");
        assertThrows(UnopenableSealException.class, () -> sealing.open("eyJ.en.clair", "session-a"), "never sealed");
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThrows(IllegalStateException.class, () -> sealing(Base64.getEncoder().encodeToString(new byte[16])));
    }

    private static AesGcmSealing sealing(String key) {
        AesGcmSealing sealing = new AesGcmSealing();
        sealing.configuredKey = Optional.of(key);
        sealing.init();
        return sealing;
    }
}

package fr.civitas.identity.infrastructure;

import fr.civitas.identity.domain.Sealing;
import fr.civitas.identity.domain.UnopenableSealException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AES-256-GCM with the key of {@code civitas.identity.token-key} (32 bytes, base64). Without a
 * key, one is drawn at start-up: sessions then end with the instance, which only suits a single
 * development instance — the log says so.
 */
@ApplicationScoped
public class AesGcmSealing implements Sealing {

    private static final Logger LOG = Logger.getLogger(AesGcmSealing.class.getName());
    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "civitas.identity.token-key")
    Optional<String> configuredKey;

    private SecretKey key;

    @PostConstruct
    void init() {
        key = configuredKey.filter(value -> !value.isBlank()).map(AesGcmSealing::decode).orElseGet(() -> {
            LOG.warning("civitas.identity.token-key is not set: a key was drawn for this instance only, and sessions"
                    + " will end when it stops; set a 32-byte base64 key in production");
            byte[] drawn = new byte[32];
            RANDOM.nextBytes(drawn);
            return new SecretKeySpec(drawn, "AES");
        });
    }

    static SecretKey decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("civitas.identity.token-key must be 32 bytes in base64, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public String seal(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal", e);
        }
    }

    @Override
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new UnopenableSealException("not a sealed value", null);
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnopenableSealException("a sealed value does not open with this key and context", e);
        }
    }
}

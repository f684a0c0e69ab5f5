package fr.civitas.app;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Files an editor may try to upload. */
final class Images {

    /** A real 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** An SVG with a script, named like an image. */
    static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    private Images() {
    }

    /** A PNG header followed by more than the 2 MiB allowed. */
    static byte[] oversized() {
        byte[] content = Arrays.copyOf(PNG, 2 * 1024 * 1024 + 10);
        return content;
    }
}

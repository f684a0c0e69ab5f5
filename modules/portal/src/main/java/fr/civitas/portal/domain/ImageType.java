package fr.civitas.portal.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats the portal accepts, recognised by their first bytes, never by the name or
 * the type the browser claims. SVG is not among them: it can carry scripts.
 */
public enum ImageType {
    PNG("image/png", new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    GIF("image/gif", new int[] {0x47, 0x49, 0x46, 0x38}),
    WEBP("image/webp", new int[] {0x52, 0x49, 0x46, 0x46});

    private final String mediaType;
    private final int[] signature;

    ImageType(String mediaType, int[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ImageType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < Math.max(signature.length, 12)) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        // a RIFF file is an image only when it says WEBP
        return this != WEBP || (content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P');
    }
}

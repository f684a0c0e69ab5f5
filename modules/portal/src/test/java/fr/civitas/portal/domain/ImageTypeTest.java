package fr.civitas.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    private static byte[] bytes(int... values) {
        byte[] content = new byte[16];
        for (int i = 0; i < values.length; i++) {
            content[i] = (byte) values[i];
        }
        return content;
    }

    private static byte[] ascii(String text) {
        return Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), 16);
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertEquals(Optional.of(ImageType.PNG), ImageType.of(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
        assertEquals(Optional.of(ImageType.GIF), ImageType.of(ascii("GIF89a")));
        assertEquals(Optional.of(ImageType.WEBP), ImageType.of(ascii("RIFF\0\0\0\0WEBPVP8 ")));
        assertEquals("image/webp", ImageType.WEBP.mediaType());
    }

    @Test
    void anythingElseIsNotAnImage() {
        assertEquals(Optional.empty(), ImageType.of(ascii("<svg xmlns=\"http")), "SVG can carry scripts");
        assertEquals(Optional.empty(), ImageType.of(ascii("RIFF\0\0\0\0WAVEfmt ")), "a RIFF file that is not WebP");
        assertEquals(Optional.empty(), ImageType.of(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47}), "too short to tell");
        assertEquals(Optional.empty(), ImageType.of(new byte[0]));
    }
}

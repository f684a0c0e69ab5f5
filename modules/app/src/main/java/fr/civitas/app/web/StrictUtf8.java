package fr.civitas.app.web;

import fr.civitas.kernel.text.Utf8;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UTF-8 and {@code application/x-www-form-urlencoded} decoded strictly: malformed bytes or
 * escapes are refused (empty), never replaced by '�' as the container and JAX-RS would do.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static Optional<String> decode(byte[] bytes) {
        return Utf8.decode(bytes);
    }

    /**
     * A query string or a form body: its names and values, or empty when a part is malformed.
     * In a query string as the container gives it, a character up to U+00FF stands for one raw byte.
     */
    static Optional<Map<String, List<String>>> form(String encoded, boolean rawBytes) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return Optional.of(fields);
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            Optional<String> name = component(equals < 0 ? pair : pair.substring(0, equals), rawBytes);
            Optional<String> value = component(equals < 0 ? "" : pair.substring(equals + 1), rawBytes);
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            fields.computeIfAbsent(name.get(), key -> new ArrayList<>()).add(value.get());
        }
        return Optional.of(fields);
    }

    /** One percent-encoded component ('+' for a space). */
    static Optional<String> component(String encoded, boolean rawBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i += Character.charCount(encoded.codePointAt(i))) {
            int c = encoded.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80 || rawBytes && c <= 0xFF) {
                bytes.write(c);
            } else {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return decode(bytes.toByteArray());
    }
}

package fr.civitas.identity.spi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * Request paths as JAX-RS matches them. A raw path may hide a route behind matrix parameters
 * ({@code /api;x/platform}) or percent-escapes ({@code /api/%70latform}); any decision about
 * which route a request is for must be taken on the canonical path, never on the raw one.
 */
public final class RequestPaths {

    /** The operators' API: never a council's, authenticated against the operators' realm only. */
    public static final String OPERATORS_API = "/api/platform";

    private RequestPaths() {
    }

    /** The path without matrix parameters and with its escapes decoded, segment by segment. */
    public static String canonical(String rawPath) {
        if (rawPath.indexOf(';') < 0 && rawPath.indexOf('%') < 0) {
            return rawPath;
        }
        StringJoiner canonical = new StringJoiner("/");
        for (String segment : rawPath.split("/", -1)) {
            int matrix = segment.indexOf(';');
            canonical.add(decoded(matrix < 0 ? segment : segment.substring(0, matrix)));
        }
        return canonical.toString();
    }

    public static boolean isOperatorsApi(String rawPath) {
        String path = canonical(rawPath);
        return path.equals(OPERATORS_API) || path.startsWith(OPERATORS_API + "/");
    }

    private static String decoded(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length() && isHex(segment, i + 1)) {
                bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int at) {
        return HexFormat.isHexDigit(text.charAt(at)) && HexFormat.isHexDigit(text.charAt(at + 1));
    }
}

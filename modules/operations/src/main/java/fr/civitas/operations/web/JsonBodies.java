package fr.civitas.operations.web;

import fr.civitas.kernel.problem.ProblemException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a JSON request body of bounded size; anything too big or not JSON is a 400. */
final class JsonBodies {

    static final int MAX_BYTES = 16 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonBodies() {
    }

    static <T> T read(InputStream body, Class<T> type) {
        byte[] bytes = readBounded(body);
        if (bytes.length == 0) {
            throw ProblemException.badRequest("body-missing", OperationsTexts.get("corps.vide"));
        }
        try {
            T value = JSONB.fromJson(new String(bytes, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw malformed();
            }
            return value;
        } catch (JsonbException e) {
            throw malformed();
        }
    }

    private static byte[] readBounded(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ProblemException.badRequest("body-too-large",
                        OperationsTexts.get("corps.trop-grand", MAX_BYTES / 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest("json-malformed",
                OperationsTexts.get("corps.illisible"));
    }
}

package fr.civitas.app;

import fr.civitas.app.BadValues.Value;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bad JSON bodies made from a good one: every field given the wrong type or a bad value, and the body itself broken. */
final class BadJson {

    private BadJson() {
    }

    static List<Value> bodies(String sample) {
        JsonObject good = Json.object(sample);
        List<Value> bodies = new ArrayList<>();
        for (String field : good.keySet()) {
            boolean list = good.get(field).getValueType() == JsonValue.ValueType.ARRAY;
            List<String> wrong = new ArrayList<>(List.of("true", "12", "{}", list ? "\"texte\"" : "[]", "\"\\u0000\"",
                    "\"\\u001b[31m\"", "\"" + "x".repeat(20_000) + "\""));
            if (list) {
                wrong.addAll(List.of("[true]", "[null]", "[\"a\\u0000\"]", "[[]]"));
            }
            for (String value : wrong) {
                bodies.add(refused(field + " = " + value.substring(0, Math.min(value.length(), 20)), with(good, field, value)));
            }
            bodies.add(new Value(field + " = malformed UTF-8", malformed(good, field), true));
            bodies.add(new Value(field + " = HTML/script", bytes(with(good, field, list ? "[\"<script>alert(1)</script>\"]"
                    : "\"<script>alert(1)</script>\"")), false));
            bodies.add(refused(field + " twice", sample.replaceFirst("\\{", "{\"" + field + "\":" + good.get(field) + ",")));
        }
        bodies.add(refused("trailing junk", sample + " junk"));
        bodies.add(refused("two objects", sample + sample));
        bodies.add(refused("unknown field", sample.replaceFirst("\\{", "{\"inconnu\":\"x\",")));
        for (String broken : List.of("", "null", "[]", "\"texte\"", "{", "{\"a\":}", sample.substring(0, sample.length() - 1))) {
            bodies.add(refused("body " + (broken.isEmpty() ? "empty" : broken.substring(0, Math.min(broken.length(), 20))), broken));
        }
        bodies.add(refused("300 KB", sample.replaceFirst("\\{", "{\"inconnu\":\"" + "x".repeat(300 * 1024) + "\",")));
        return bodies;
    }

    private static Value refused(String label, String body) {
        return Value.refused(label, body);
    }

    private static String with(JsonObject good, String field, String json) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, JsonValue> entry : good.entrySet()) {
            out.append(out.length() == 1 ? "" : ",").append('"').append(entry.getKey()).append("\":")
                    .append(entry.getKey().equals(field) ? json : entry.getValue().toString());
        }
        return out.append('}').toString();
    }

    private static byte[] malformed(JsonObject good, String field) {
        String marked = with(good, field, "\"MALFORMED\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = marked.indexOf("MALFORMED");
        out.writeBytes(marked.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'a', (byte) 0xE9, 'b'});
        out.writeBytes(marked.substring(at + "MALFORMED".length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

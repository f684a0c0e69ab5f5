package fr.civitas.operations.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.text.Utf8;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON request body into a record, strictly: bounded in size, UTF-8 without malformed
 * bytes, one JSON object with nothing after it and no key twice (400 otherwise), each field of
 * the JSON type its component has and no field the record does not have (422 otherwise, one
 * French message per field). Nothing is coerced: {@code "slug": true} is not the slug "true".
 */
final class JsonBodies {

    static final int MAX_BYTES = 16 * 1024;

    private JsonBodies() {
    }

    static <T extends Record> T read(InputStream body, Class<T> type) {
        JsonObject object = parse(text(readBounded(body)));
        Map<String, String> errors = new LinkedHashMap<>();
        object.keySet().stream().filter(key -> !componentNames(type).contains(key))
                .forEach(key -> errors.put(key, OperationsTexts.get("champ.inattendu")));
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i], object.getOrDefault(components[i].getName(), JsonValue.NULL), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return construct(type, components, values);
    }

    private static Object value(RecordComponent component, JsonValue json, Map<String, String> errors) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (component.getType() == String.class) {
            if (json instanceof JsonString text) {
                return text.getString();
            }
            errors.put(component.getName(), OperationsTexts.get("champ.texte-attendu"));
            return null;
        }
        if (component.getType() == List.class && elementType(component) == String.class) {
            if (json instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
                return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            }
            errors.put(component.getName(), OperationsTexts.get("champ.liste-de-textes-attendue"));
            return null;
        }
        throw new IllegalStateException("no JSON reading for " + component);
    }

    private static Class<?> elementType(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element ? element : Object.class;
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        Set<String> names = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static <T extends Record> T construct(Class<T> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    /** One JSON object and nothing after it, no key twice at any depth. */
    static JsonObject parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw malformed();
            }
            JsonObject object = object(parser);
            if (parser.hasNext()) {
                throw malformed();
            }
            return object;
        } catch (JsonException e) {
            // JsonParsingException, and trailing content found by hasNext()
            throw malformed();
        }
    }

    private static JsonObject object(JsonParser parser) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            if (!keys.add(key)) {
                throw ProblemException.badRequest("json-duplicate-key", OperationsTexts.get("corps.cle-en-double", key));
            }
            object.add(key, value(parser, parser.next()));
        }
        return object.build();
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            default -> parser.getValue();
        };
    }

    private static JsonArray array(JsonParser parser) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event));
        }
        return array.build();
    }

    private static String text(byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.badRequest("body-missing", OperationsTexts.get("corps.vide"));
        }
        return Utf8.decode(bytes).orElseThrow(
                () -> ProblemException.badRequest("json-malformed-utf8", OperationsTexts.get("corps.mal-encode")));
    }

    private static byte[] readBounded(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ProblemException.badRequest("body-too-large", OperationsTexts.get("corps.trop-grand", MAX_BYTES / 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest("json-malformed", OperationsTexts.get("corps.illisible"));
    }
}

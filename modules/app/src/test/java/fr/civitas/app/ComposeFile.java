package fr.civitas.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * A compose file as Docker Compose reads it, for what the tests ask of it: services, their
 * environment with {@code ${VAR}}, {@code ${VAR:?message}} and {@code ${VAR:-default}} filled in from
 * given values, their volumes and dependencies.
 */
final class ComposeFile {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[?-])([^}]*))?}");

    private final Map<String, Object> yaml;
    private final Map<String, String> variables;

    private ComposeFile(Map<String, Object> yaml, Map<String, String> variables) {
        this.yaml = yaml;
        this.variables = variables;
    }

    static ComposeFile read(Path file, Map<String, String> variables) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ComposeFile(new Yaml().load(reader), variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> services() {
        return map(yaml.get("services")).keySet();
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = map(map(yaml.get("services")).get(name));
        if (service.isEmpty()) {
            throw new AssertionError("no service " + name + " in the compose file");
        }
        return service;
    }

    Set<String> namedVolumes() {
        return map(yaml.get("volumes")).keySet();
    }

    /** The service's environment as written, before interpolation. */
    Map<String, String> rawEnvironment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] pair = entry.toString().split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            map(environment).forEach((key, value) -> values.put(key, value == null ? "" : value.toString()));
        }
        return values;
    }

    Map<String, String> environment(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        rawEnvironment(name).forEach((key, value) -> values.put(key, interpolate(value)));
        return values;
    }

    /** Short-syntax volumes, interpolated: "source:target[:mode]". */
    List<String> volumes(String name) {
        Object volumes = service(name).get("volumes");
        return volumes == null ? List.of() : ((List<?>) volumes).stream().map(Object::toString).map(this::interpolate).toList();
    }

    /** The services this one waits for, with the condition it waits for. */
    Map<String, String> dependsOn(String name) {
        Object dependsOn = service(name).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(other -> conditions.put(other.toString(), "service_started"));
        } else {
            map(dependsOn).forEach((other, how) -> conditions.put(other, String.valueOf(map(how).get("condition"))));
        }
        return conditions;
    }

    /** Every variable the file refers to, and those it refuses to run without ({@code :?}). */
    static Set<String> references(String text, boolean requiredOnly) {
        Set<String> names = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (!requiredOnly || "?".equals(reference.group(2)) || ":?".equals(reference.group(2))) {
                names.add(reference.group(1));
            }
        }
        return names;
    }

    String interpolate(String value) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (reference.find()) {
            String given = variables.get(reference.group(1));
            String operator = reference.group(2);
            String replacement;
            if (given != null && !given.isEmpty()) {
                replacement = given;
            } else if (operator != null && operator.endsWith("-")) {
                replacement = reference.group(3);
            } else if (operator != null && operator.endsWith("?")) {
                throw new AssertionError("compose would refuse to start: " + reference.group(3));
            } else {
                replacement = "";
            }
            reference.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(result).toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }
}

package fr.civitas.app;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings the application reads, from its own sources: the defaults file
 * ({@code microprofile-config.properties}, where a key without a default is written commented
 * out), {@code server.xml}'s variables, and every {@code @ConfigProperty} of the compiled modules.
 */
final class ApplicationSettings {

    private static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";
    private static final String UNCONFIGURED = "org.eclipse.microprofile.config.configproperty.unconfigureddvalue";
    private static final Pattern PROPERTY = Pattern.compile("^(#?)\\s*(civitas\\.[a-z0-9.-]+)\\s*=(.*)$", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("<variable\\s+name=\"([^\"]+)\"\\s+defaultValue=\"([^\"]*)\"");
    /** A default that only works on a developer's machine. */
    private static final Pattern DEVELOPMENT_ONLY = Pattern.compile("localhost|\\.invalid\\b");

    /** What one source says of a key: its default, if any, and whether the code copes without one. */
    private record Source(String where, Optional<String> defaultValue, boolean optional) {
    }

    private final Map<String, List<Source>> sources = new TreeMap<>();

    private ApplicationSettings() {
    }

    static ApplicationSettings read(Path root, JavaClasses classes) {
        ApplicationSettings settings = new ApplicationSettings();
        Matcher property = PROPERTY.matcher(text(root.resolve("modules/app/src/main/resources/META-INF/microprofile-config.properties")));
        while (property.find()) {
            boolean commented = !property.group(1).isEmpty();
            settings.add(property.group(2), new Source("properties", commented ? Optional.empty()
                    : Optional.of(property.group(3).strip()), false));
        }
        Matcher variable = VARIABLE.matcher(text(root.resolve("liberty-config/server.xml")));
        while (variable.find()) {
            settings.add(variable.group(1), new Source("server.xml", Optional.of(variable.group(2)), false));
        }
        for (JavaClass type : classes) {
            for (JavaField field : type.getFields()) {
                field.getAnnotations().stream().filter(annotation -> annotation.getRawType().getName().equals(CONFIG_PROPERTY))
                        .forEach(annotation -> settings.add(name(annotation), new Source(type.getSimpleName(),
                                defaultOf(annotation), field.getRawType().getName().startsWith("java.util.Optional"))));
            }
            type.getCodeUnits().forEach(unit -> unit.getParameters().forEach(parameter -> parameter.getAnnotations().stream()
                    .filter(annotation -> annotation.getRawType().getName().equals(CONFIG_PROPERTY))
                    .forEach(annotation -> settings.add(name(annotation), new Source(type.getSimpleName(), defaultOf(annotation),
                            parameter.getRawType().getName().startsWith("java.util.Optional"))))));
        }
        return settings;
    }

    /** Every key the application knows. */
    Set<String> keys() {
        return sources.keySet();
    }

    /**
     * The keys production must set: documented without a default, or whose default only works on
     * a developer's machine (localhost, .invalid), or empty in server.xml, or read by the code
     * without a default anywhere nor an Optional to cope.
     */
    Set<String> requiredInProduction() {
        Set<String> required = new TreeSet<>();
        sources.forEach((key, said) -> {
            boolean documentedWithoutDefault = said.stream().anyMatch(source -> source.where().equals("properties")
                    && source.defaultValue().isEmpty())
                    && said.stream().noneMatch(source -> source.where().equals("properties") && source.defaultValue().isPresent());
            boolean developmentDefault = said.stream().flatMap(source -> source.defaultValue().stream())
                    .anyMatch(value -> DEVELOPMENT_ONLY.matcher(value).find());
            boolean emptyInServerXml = said.stream().anyMatch(source -> source.where().equals("server.xml")
                    && source.defaultValue().orElse("x").isEmpty());
            boolean noDefaultAnywhere = said.stream().allMatch(source -> source.defaultValue().isEmpty())
                    && said.stream().anyMatch(source -> !source.where().equals("properties") && !source.optional());
            if (documentedWithoutDefault || developmentDefault || emptyInServerXml || noDefaultAnywhere) {
                required.add(key);
            }
        });
        return required;
    }

    /** The environment variable MicroProfile Config and Liberty read for a key. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private void add(String key, Source source) {
        sources.computeIfAbsent(key, any -> new ArrayList<>()).add(source);
    }

    private static String name(JavaAnnotation<?> annotation) {
        return (String) annotation.get("name").orElseThrow();
    }

    private static Optional<String> defaultOf(JavaAnnotation<?> annotation) {
        return annotation.get("defaultValue").map(String.class::cast).filter(value -> !value.equals(UNCONFIGURED));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.civitas.portal.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reading a template's content files: YAML, safe constructor only, with typed accessors. */
final class TemplateYaml {

    private final Map<?, ?> values;
    private final Path file;

    private TemplateYaml(Path file, Map<?, ?> values) {
        this.file = file;
        this.values = values;
    }

    static Object load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every {@code *.yaml} mapping of a folder, in file name order; none when it is absent. */
    static List<TemplateYaml> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(file -> of(file, load(file))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The mappings of a file holding a YAML list; none when it is absent. */
    static List<TemplateYaml> list(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Object loaded = load(file);
        if (!(loaded instanceof List<?> entries)) {
            throw new IllegalStateException(file + " is not a YAML list");
        }
        return entries.stream().map(entry -> of(file, entry)).toList();
    }

    static TemplateYaml of(Path file, Object loaded) {
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalStateException("an entry of " + file + " is not a YAML mapping");
        }
        return new TemplateYaml(file, map);
    }

    String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException(file + ": '" + key + "' is missing");
        }
        return value.toString();
    }

    String optional(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    int integer(String key) {
        return values.get(key) instanceof Number number ? number.intValue() : 0;
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    LocalDate date(String key) {
        Object value = values.get(key);
        if (value instanceof Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        return value == null ? LocalDate.now() : LocalDate.parse(value.toString());
    }

    List<String> strings(String key) {
        return values.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    List<TemplateYaml> children(String key) {
        return values.get(key) instanceof List<?> list ? list.stream().map(entry -> of(file, entry)).toList() : List.of();
    }

    @Override
    public String toString() {
        return file.toString();
    }
}

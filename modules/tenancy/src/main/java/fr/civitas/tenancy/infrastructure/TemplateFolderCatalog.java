package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantKind;
import fr.civitas.tenancy.application.TenancySettings;
import fr.civitas.tenancy.domain.TemplateCatalog;
import fr.civitas.tenancy.domain.TenantTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the templates from the folder named by {@code civitas.tenancy.templates-dir}. */
@ApplicationScoped
public class TemplateFolderCatalog implements TemplateCatalog {

    private static final String DESCRIPTOR = "template.yaml";

    @Inject
    TenancySettings settings;

    @Override
    public Optional<TenantTemplate> find(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,39}")) {
            return Optional.empty();
        }
        Path folder = settings.templatesDir().resolve(name);
        return Files.isRegularFile(folder.resolve(DESCRIPTOR)) ? Optional.of(read(folder)) : Optional.empty();
    }

    @Override
    public Collection<TenantTemplate> all() {
        try (Stream<Path> folders = Files.list(settings.templatesDir())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(DESCRIPTOR)))
                    .map(TemplateFolderCatalog::read)
                    .sorted(java.util.Comparator.comparing(TenantTemplate::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list templates in " + settings.templatesDir(), e);
        }
    }

    static TenantTemplate read(Path folder) {
        Map<String, Object> descriptor = load(folder.resolve(DESCRIPTOR));
        String name = String.valueOf(descriptor.getOrDefault("name", folder.getFileName().toString()));
        String version = String.valueOf(descriptor.get("version"));
        Set<TenantKind> kinds = EnumSet.noneOf(TenantKind.class);
        for (Object code : asList(descriptor.get("kinds"))) {
            kinds.add(TenantKind.fromCode(String.valueOf(code))
                    .orElseThrow(() -> new IllegalStateException("unknown kind " + code + " in " + folder)));
        }
        Map<String, Object> defaults = new TreeMap<>(asMap(descriptor.get("defaults")));
        return new TenantTemplate(name, version, kinds, folder, defaults);
    }

    private static Map<String, Object> load(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return asMap(yaml.load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}

package fr.civitas.portal.infrastructure;

import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TemplateContentImporter;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Copies a template's starter pages ({@code content/pages/*.yaml}) into a new council. A page
 * the council already has is left alone, so a resumed onboarding never overwrites an edit.
 * {@code {collectivite}} in a page is replaced by the council's name.
 */
@ApplicationScoped
public class TemplatePagesImporter implements TemplateContentImporter {

    private static final String NAME_PLACEHOLDER = "{collectivite}";

    @Inject
    PageRepository pages;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void importContent(TenantId tenant, Path templateFolder) {
        String councilName = currentTenant.require().name();
        for (Map<String, Object> entry : readPages(templateFolder.resolve("content/pages"))) {
            String slug = text(entry, "slug");
            if (pages.exists(slug)) {
                continue;
            }
            pages.add(new Page(UUID.randomUUID(), slug,
                    personalise(text(entry, "title"), councilName),
                    personalise((String) entry.get("summary"), councilName),
                    SafeHtml.clean(personalise(text(entry, "body"), councilName)),
                    Boolean.TRUE.equals(entry.get("home")),
                    entry.get("position") instanceof Integer position ? position : 0,
                    clock.instant()));
        }
    }

    private static List<Map<String, Object>> readPages(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .map(TemplatePagesImporter::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?>)) {
                throw new IllegalStateException("template page " + file + " is not a YAML mapping");
            }
            return (Map<String, Object>) loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalStateException("template page without '" + key + "': " + entry.get("slug"));
        }
        return value.toString();
    }

    private static String personalise(String text, String councilName) {
        return text == null ? null : text.replace(NAME_PLACEHOLDER, councilName);
    }
}

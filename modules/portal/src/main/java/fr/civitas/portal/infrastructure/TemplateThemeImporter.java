package fr.civitas.portal.infrastructure;

import fr.civitas.kernel.tenant.TemplateContentImporter;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeRepository;
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
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Gives a new council its template's theme ({@code theme/theme.yaml}), unless it has one. */
@ApplicationScoped
public class TemplateThemeImporter implements TemplateContentImporter {

    private static final String DEFAULT_COLOUR = "#000091";

    @Inject
    ThemeRepository themes;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void importContent(TenantId tenant, Path templateFolder) {
        if (themes.current().isPresent()) {
            return;
        }
        Map<?, ?> settings = read(templateFolder.resolve("theme/theme.yaml"));
        Object colour = settings.get("primary-colour");
        themes.save(new Theme(colour == null ? DEFAULT_COLOUR : colour.toString(), clock.instant()));
    }

    private static Map<?, ?> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return loaded instanceof Map<?, ?> map ? map : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

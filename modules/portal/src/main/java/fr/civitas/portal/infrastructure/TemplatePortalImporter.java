package fr.civitas.portal.infrastructure;

import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TemplateContentImporter;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheCategory;
import fr.civitas.portal.domain.DemarcheRepository;
import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.MenuRepository;
import fr.civitas.portal.domain.MenuTarget;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import fr.civitas.portal.domain.SafeHtml;
import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Copies a template's starter content into a new council, published: pages, news, démarche
 * categories and démarches, the menu, the theme. What the council already has is left alone,
 * so a resumed onboarding never overwrites an edit. {@code {collectivite}} in a text becomes
 * the council's name.
 */
@ApplicationScoped
public class TemplatePortalImporter implements TemplateContentImporter {

    private static final String NAME_PLACEHOLDER = "{collectivite}";
    private static final String DEFAULT_COLOUR = "#000091";

    @Inject
    PageRepository pages;

    @Inject
    NewsRepository news;

    @Inject
    DemarcheRepository demarches;

    @Inject
    MenuRepository menu;

    @Inject
    ThemeRepository themes;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void importContent(TenantId tenant, Path template) {
        Instant now = clock.instant();
        String actor = "modèle " + template.getFileName();
        String council = currentTenant.require().name();
        importPages(template.resolve("content/pages"), council, now, actor);
        importNews(template.resolve("content/news"), council, now, actor);
        importCategories(template.resolve("content/categories.yaml"));
        importDemarches(template.resolve("content/demarches"), council, now, actor);
        if (menu.all().isEmpty()) {
            importMenu(TemplateYaml.list(template.resolve("content/menu.yaml")), null);
        }
        if (themes.current().isEmpty()) {
            importTheme(template.resolve("theme/theme.yaml"), now);
        }
    }

    private void importPages(Path folder, String council, Instant now, String actor) {
        for (TemplateYaml entry : TemplateYaml.folder(folder)) {
            String slug = entry.text("slug");
            if (pages.exists(slug)) {
                continue;
            }
            PageKind kind = PageKind.valueOf(entry.optional("kind") == null ? "STANDARD"
                    : entry.text("kind").toUpperCase(Locale.ROOT));
            Page page = new Page(UUID.randomUUID(), slug, new Page.PageText(
                    named(entry.text("title"), council), named(entry.optional("summary"), council),
                    SafeHtml.clean(named(entry.text("body"), council)), kind, entry.integer("position")),
                    entry.flag("home"), now, actor);
            page.publish(now, actor);
            pages.add(page);
        }
    }

    private void importNews(Path folder, String council, Instant now, String actor) {
        for (TemplateYaml entry : TemplateYaml.folder(folder)) {
            String slug = entry.text("slug");
            if (news.exists(slug)) {
                continue;
            }
            News item = new News(UUID.randomUUID(), slug, new News.NewsText(named(entry.text("title"), council),
                    named(entry.optional("summary"), council), SafeHtml.clean(named(entry.text("body"), council)),
                    entry.date("published")), now, actor);
            item.publish(now, actor);
            news.add(item);
        }
    }

    private void importCategories(Path file) {
        int position = 0;
        for (TemplateYaml entry : TemplateYaml.list(file)) {
            position += 10;
            if (demarches.category(entry.text("slug")).isEmpty()) {
                demarches.add(new DemarcheCategory(entry.text("slug"), entry.text("label"), entry.optional("description"),
                        position));
            }
        }
    }

    private void importDemarches(Path folder, String council, Instant now, String actor) {
        int position = 0;
        for (TemplateYaml entry : TemplateYaml.folder(folder)) {
            position += 10;
            String slug = entry.text("slug");
            if (demarches.exists(slug)) {
                continue;
            }
            Demarche demarche = new Demarche(UUID.randomUUID(), slug, new Demarche.DemarcheText(
                    named(entry.text("title"), council), entry.text("category"), named(entry.optional("summary"), council),
                    named(entry.optional("audience"), council), SafeHtml.clean(named(entry.text("steps"), council)),
                    entry.strings("documents"), entry.optional("cost"), entry.optional("delay"), entry.optional("online"),
                    entry.optional("authority"), entry.flag("popular"), position), now, actor);
            demarche.publish(now, actor);
            demarches.add(demarche);
        }
    }

    private void importMenu(Iterable<TemplateYaml> entries, UUID parent) {
        int position = 0;
        for (TemplateYaml entry : entries) {
            position += 10;
            MenuItem item = new MenuItem(UUID.randomUUID(), parent, entry.text("label"),
                    MenuTarget.parse(entry.text("target")), position);
            menu.add(item);
            importMenu(entry.children("children"), item.id());
        }
    }

    private void importTheme(Path file, Instant now) {
        Object loaded = java.nio.file.Files.isRegularFile(file) ? TemplateYaml.load(file) : Map.of();
        Object colour = loaded instanceof Map<?, ?> settings ? settings.get("primary-colour") : null;
        themes.save(new Theme(colour == null ? DEFAULT_COLOUR : colour.toString(), now));
    }

    private static String named(String text, String council) {
        return text == null ? null : text.replace(NAME_PLACEHOLDER, council);
    }
}

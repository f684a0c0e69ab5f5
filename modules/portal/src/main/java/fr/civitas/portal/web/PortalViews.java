package fr.civitas.portal.web;

import fr.civitas.identity.spi.FormTokens;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.portal.domain.ThemeLink;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders the portal with Pebble (HTML escaping on by default, layouts by inheritance). A view is
 * looked up in the council's template theme ({@code <template>/theme/views/}) first, then in the
 * base theme shipped with the portal; the council's own settings (colours, logo) come on top
 * through its stylesheet.
 */
@ApplicationScoped
public class PortalViews {

    private static final Locale FRENCH = Locale.FRANCE;

    private final Map<String, PebbleEngine> engines = new ConcurrentHashMap<>();

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CouncilLayouts layouts;

    @Inject
    FormTokens formTokens;

    @Inject
    BackOfficeNavigation navigation;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "civitas.portal.templates-dir")
    String templatesDir;

    public String render(String view, Map<String, Object> model, SecurityContext security) {
        TenantView tenant = currentTenant.require();
        String base = currentTenant.portalPath();
        Map<String, Object> context = new HashMap<>(model);
        context.put("tenant", Map.of("name", tenant.name(), "kind", tenant.kind().label(), "slug", tenant.id().slug()));
        context.put("base", base);
        context.put("visitor", Visitor.of(security));
        context.put("csrf", formTokens.current());
        CouncilLayouts.Layout layout = layouts.current();
        context.put("navigation", MenuModel.tree(layout.menu(), base));
        context.put("logo", layout.logo().map(id -> base + "/medias/" + id).orElse(""));
        context.put("headerLinks", links(layout.header(), base));
        context.put("footerLinks", links(layout.footer(), base));
        if (view.startsWith("gestion/")) {
            context.put("backOffice", navigation.links(security, base, withinPortal(base)));
        }
        StringWriter out = new StringWriter();
        try {
            engine(tenant.template()).getTemplate(view).evaluate(out, context, FRENCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The path of the request under the council's portal: {@code /gestion/pages} for {@code /t/laval/gestion/pages}. */
    private String withinPortal(String base) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(base) ? path.substring(base.length()) : path;
    }

    private static List<MenuModel> links(List<ThemeLink> links, String base) {
        return links.stream().map(link -> new MenuModel(link.label(), link.target().href(base), List.of())).toList();
    }

    private PebbleEngine engine(String template) {
        return engines.computeIfAbsent(template, this::build);
    }

    private PebbleEngine build(String template) {
        List<Loader<?>> loaders = new ArrayList<>();
        Path overrides = Path.of(templatesDir, template, "theme", "views");
        if (Files.isDirectory(overrides)) {
            FileLoader templateTheme = new FileLoader();
            templateTheme.setPrefix(overrides.toString());
            templateTheme.setSuffix(".peb");
            loaders.add(templateTheme);
        }
        ClasspathLoader base = new ClasspathLoader(PortalViews.class.getClassLoader());
        base.setPrefix("templates/portal");
        base.setSuffix(".peb");
        loaders.add(base);
        return new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .extension(new TranslateExtension())
                .defaultLocale(FRENCH)
                .strictVariables(true)
                .build();
    }
}

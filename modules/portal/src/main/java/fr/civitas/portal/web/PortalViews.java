package fr.civitas.portal.web;

import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TenantView;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the portal's pages with Pebble: HTML escaping on by default, layouts by inheritance.
 * Every view receives the council and its portal path.
 */
@ApplicationScoped
public class PortalViews {

    private static final Locale FRENCH = Locale.FRANCE;

    private final PebbleEngine engine;

    @Inject
    CurrentTenant currentTenant;

    public PortalViews() {
        ClasspathLoader loader = new ClasspathLoader(PortalViews.class.getClassLoader());
        loader.setPrefix("templates/portal");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .defaultLocale(FRENCH)
                .strictVariables(true)
                .build();
    }

    public String render(String view, Map<String, Object> model, SecurityContext security) {
        TenantView tenant = currentTenant.require();
        Map<String, Object> context = new HashMap<>(model);
        context.put("visitor", Visitor.of(security));
        context.put("tenant", Map.of(
                "name", tenant.name(),
                "kind", tenant.kind().label(),
                "slug", tenant.id().slug()));
        context.put("base", currentTenant.portalPath());
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(view).evaluate(out, context, FRENCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

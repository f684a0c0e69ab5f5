package fr.civitas.portal.web;

import fr.civitas.portal.spi.ErrorPages;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Error pages inside the council's layout, so a visitor who gets lost stays on its portal. */
@ApplicationScoped
public class ThemedErrorPages implements ErrorPages {

    private static final Logger LOG = Logger.getLogger(ThemedErrorPages.class.getName());

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalViews views;

    @Override
    public Optional<String> render(int status, String title, String detail) {
        if (currentTenant.find().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(views.render("erreur", Map.of("status", status, "title", title,
                    "detail", detail == null ? "" : detail), null));
        } catch (RuntimeException e) {
            // the error page must not fail in turn: the plain one will do
            LOG.log(Level.WARNING, "themed error page unavailable", e);
            return Optional.empty();
        }
    }
}

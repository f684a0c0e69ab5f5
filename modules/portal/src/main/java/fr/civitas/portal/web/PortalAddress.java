package fr.civitas.portal.web;

import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The absolute address of the bound council's portal, for links read away from the page (RSS,
 * sitemap, robots.txt): the platform's public URL followed by {@code /t/{slug}}, or, for a
 * request that came by one of the council's own domains, that domain with the platform's
 * scheme and port. Never the request's Host header: anybody can forge it, and a rendering
 * built from it would be cached and served to everybody.
 */
@ApplicationScoped
public class PortalAddress {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    @ConfigProperty(name = "civitas.portal.public-url")
    String publicUrl;

    String site() {
        URI platform = URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
        return currentTenant.domain()
                .map(domain -> platform.getScheme() + "://" + domain + (platform.getPort() < 0 ? "" : ":" + platform.getPort())
                        + currentTenant.portalPath())
                .orElseGet(() -> platform + "/t/" + currentTenant.require().id().slug());
    }
}

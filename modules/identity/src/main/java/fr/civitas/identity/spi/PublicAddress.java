package fr.civitas.identity.spi;

import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses of the platform and of councils' portals, for redirects and for links read
 * away from the page (feeds, sitemaps, the realm's redirect URIs): the platform's public URL
 * ({@code civitas.identity.public-url}) followed by {@code /t/{slug}}, or a council's registered
 * domain with the public URL's scheme and port. Never the request's {@code Host} header: anybody
 * can forge it, and an answer built from it may be cached and served to everybody.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "civitas.identity.public-url")
    String publicUrl;

    @Inject
    CurrentTenant currentTenant;

    /** The platform's own address, without a trailing slash. */
    public URI platform() {
        return URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
    }

    /**
     * The bound council's portal as the request reached it: by one of its registered domains
     * ({@link CurrentTenant#domain()} is only ever a registered one), or by its path prefix.
     */
    public String portal() {
        return currentTenant.domain()
                .map(domain -> byDomain(platform(), domain))
                .orElseGet(() -> byPath(platform(), currentTenant.require().id().slug()));
    }

    /** An address of the bound council's portal; {@code path} starts with a slash and may carry a query. */
    public URI portal(String path) {
        return URI.create(portal() + path);
    }

    /** A council's portal under the platform's address. */
    public static String byPath(URI platform, String slug) {
        return platform + "/t/" + slug;
    }

    /** A council's portal on one of its own domains, with the platform's scheme and port. */
    public static String byDomain(URI platform, String domain) {
        return platform.getScheme() + "://" + domain + (platform.getPort() < 0 ? "" : ":" + platform.getPort());
    }
}

package fr.civitas.app.web;

import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.operations.web.PlatformHosts;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The platform's home page, at the root of its own host names (where no council is): what the
 * platform is and where a visitor finds their council's portal. It lists no council: which
 * councils the platform serves is theirs to say, not ours. Runs before the council gate, which
 * answers any other request outside a council with a 404.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 150)
public class PlatformHome implements ContainerRequestFilter {

    private static final int MAX_AGE = 300;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PlatformHosts platformHosts;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        boolean read = request.getMethod().equals(HttpMethod.GET) || request.getMethod().equals(HttpMethod.HEAD);
        if (read && (path.isEmpty() || path.equals("/")) && currentTenant.find().isEmpty()
                && platformHosts.includes(request.getUriInfo().getBaseUri().getHost())) {
            CacheControl cache = new CacheControl();
            cache.setMaxAge(MAX_AGE);
            request.abortWith(Response.ok(page(), MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).cacheControl(cache).build());
        }
    }

    private static String page() {
        return PlatformPage.html(AppTexts.get("accueil.titre"), AppTexts.get("accueil.plateforme"),
                AppTexts.get("accueil.votre-portail"), AppTexts.get("accueil.gestion"));
    }
}

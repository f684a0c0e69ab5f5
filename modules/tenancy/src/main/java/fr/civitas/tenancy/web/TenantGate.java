package fr.civitas.tenancy.web;

import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.tenancy.application.TenancyTexts;
import fr.civitas.tenancy.application.TenantContext;
import fr.civitas.tenancy.domain.TenantStatus;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Turns what {@link TenantRequestFilter} found into answers: an error for a council that cannot
 * be served, and a redirect from a council's bare {@code /t/{slug}} to its portal.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantGate implements ContainerRequestFilter {

    static final String OUTCOME = "civitas.tenant.outcome";
    static final String BARE_PREFIX = "civitas.tenant.bare-prefix";

    @Inject
    PublicAddress address;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = PlatformPaths.absolute(request.getUriInfo().getPath(false));
        if (PlatformPaths.isPlatformPath(path)) {
            return;
        }
        if (TenantContext.current().isEmpty()) {
            throw refusal((TenantStatus) request.getProperty(OUTCOME));
        }
        Object prefix = request.getProperty(BARE_PREFIX);
        if (prefix != null) {
            // relative links of a portal resolve against /t/{slug}/, never /t/{slug}
            request.abortWith(Response.status(Response.Status.PERMANENT_REDIRECT)
                    .location(URI.create(address.platform() + prefix.toString() + "/"))
                    .cacheControl(noStore()).build());
        }
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    private static ProblemException refusal(TenantStatus status) {
        if (status == null || status == TenantStatus.RETIRED) {
            return ProblemException.notFound("tenant-unknown",
                    TenancyTexts.get("adresse.inconnue"));
        }
        if (status == TenantStatus.SUSPENDED) {
            return ProblemException.unavailable("tenant-suspended", TenancyTexts.get("portail.suspendu"),
                    TenancyTexts.get("portail.suspendu.detail"));
        }
        return ProblemException.unavailable("tenant-opening", TenancyTexts.get("portail.en-ouverture"),
                TenancyTexts.get("portail.en-ouverture.detail"));
    }
}

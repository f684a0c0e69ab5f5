package fr.civitas.tenancy.web;

import fr.civitas.tenancy.application.ResolvedTenant;
import fr.civitas.tenancy.application.TenantContext;
import fr.civitas.tenancy.application.TenantResolution;
import fr.civitas.tenancy.domain.TenantDomain;
import fr.civitas.tenancy.domain.TenantStatus;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Resolves the council of every request, by the {@code /t/{slug}/} prefix or else by host
 * name, and binds it for exactly the duration of the request. Requests for a council that
 * cannot be served pass on unbound, with the reason in {@link TenantGate#OUTCOME}, so that the
 * JAX-RS layer renders the error page or problem document. The rest of the chain sees a council's
 * request without its {@code /t/{slug}} prefix, so that a resource answers the same under the
 * council's own domain and under the prefix.
 * Mapped in the application's web.xml before the credentials are read.
 */
public class TenantRequestFilter extends HttpFilter {

    static final String PATH_PREFIX = "/t/";

    @Inject
    TenantResolution resolution;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PlatformPaths.isPlatformPath(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ResolvedTenant> tenant;
        String portalPath;
        String prefix = null;
        String domain = null;
        if (path.startsWith(PATH_PREFIX)) {
            String slug = firstSegment(path.substring(PATH_PREFIX.length()));
            tenant = resolution.bySlug(slug);
            prefix = PATH_PREFIX + slug;
            portalPath = request.getContextPath() + prefix;
        } else {
            domain = request.getServerName() == null ? null : TenantDomain.normalise(request.getServerName());
            tenant = resolution.byHost(domain);
            portalPath = request.getContextPath();
        }
        if (tenant.isEmpty() || tenant.get().status() != TenantStatus.ACTIVE) {
            request.setAttribute(TenantGate.OUTCOME, tenant.map(ResolvedTenant::status).orElse(null));
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(tenant.get().view(), portalPath, domain)) {
            chain.doFilter(prefix == null ? request : unprefixed(request, path, prefix), response);
        }
    }

    /**
     * The request without its prefix, but for the prefix alone, which {@link TenantGate} redirects,
     * and the platform's own paths, which are no council's: left prefixed, they match nothing.
     */
    private static HttpServletRequest unprefixed(HttpServletRequest request, String path, String prefix) {
        String rest = path.substring(prefix.length());
        if (rest.isEmpty()) {
            request.setAttribute(TenantGate.BARE_PREFIX, prefix);
            return request;
        }
        return PlatformPaths.isPlatformPath(rest) ? request : new UnprefixedRequest(request, prefix);
    }

    private static String firstSegment(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}

package fr.civitas.tenancy.web;

import fr.civitas.tenancy.application.ResolvedTenant;
import fr.civitas.tenancy.application.TenantContext;
import fr.civitas.tenancy.application.TenantResolution;
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
 * JAX-RS layer renders the error page or problem document.
 * Mapped first in the application's web.xml.
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
        if (path.startsWith(PATH_PREFIX)) {
            String slug = firstSegment(path.substring(PATH_PREFIX.length()));
            tenant = resolution.bySlug(slug);
            portalPath = request.getContextPath() + PATH_PREFIX + slug;
            request.setAttribute(TenantGate.PREFIX, PATH_PREFIX + slug);
        } else {
            tenant = resolution.byHost(request.getServerName());
            portalPath = request.getContextPath();
        }
        if (tenant.isEmpty() || tenant.get().status() != TenantStatus.ACTIVE) {
            request.setAttribute(TenantGate.OUTCOME, tenant.map(ResolvedTenant::status).orElse(null));
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.bind(tenant.get().view(), portalPath)) {
            chain.doFilter(request, response);
        }
    }

    private static String firstSegment(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}

package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.application.PortalTexts;
import fr.civitas.portal.domain.PortalSearch;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/** Search over everything the council has published. Never cached: queries are endless. */
@Path("recherche")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@PermitAll
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 200;
    private static final int PER_PAGE = 10;

    @Inject
    PortalSearch search;

    @Inject
    PortalViews views;

    @Inject
    CurrentTenant currentTenant;

    @Context
    SecurityContext security;

    @GET
    public Response search(@QueryParam("q") @DefaultValue("") String query, @QueryParam("page") @DefaultValue("1") String pageParam) {
        if (query.chars().anyMatch(Character::isISOControl)) {
            // PostgreSQL refuses a NUL in text; no other control character belongs in a search either
            throw ProblemException.badRequest("search-invalid", PortalTexts.get("recherche.caracteres-interdits"));
        }
        String cleaned = query.strip();
        String error = cleaned.length() > MAX_QUERY_LENGTH ? PortalTexts.get("recherche.trop-longue", MAX_QUERY_LENGTH) : "";
        List<Views.HitView> hits = List.of();
        Pagination pagination = new Pagination(1, PER_PAGE, 0);
        if (error.isEmpty() && !cleaned.isEmpty()) {
            int page = Pagination.page(pageParam);
            pagination = new Pagination(page, PER_PAGE, search.count(cleaned));
            String base = currentTenant.portalPath();
            hits = search.search(cleaned, pagination.offset(), PER_PAGE).stream().map(hit -> Views.HitView.of(hit, base))
                    .toList();
        }
        String html = views.render("recherche", Map.of("query", cleaned, "hits", hits, "pagination", pagination,
                "error", error), security);
        return Response.status(error.isEmpty() ? 200 : 400).entity(html).cacheControl(PortalResource.noStore()).build();
    }
}

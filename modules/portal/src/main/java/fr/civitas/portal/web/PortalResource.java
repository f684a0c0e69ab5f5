package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;

/** The council's portal: its home page, its pages, the visitor's space and the staff's entrance. */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class PortalResource {

    @Inject
    PageRepository pages;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalViews views;

    @Context
    SecurityContext security;

    @GET
    public String home() {
        Page home = pages.home().orElseThrow(PortalResource::pageNotFound);
        return views.render("home", Map.of("page", PageModel.of(home), "menu", menu()), security);
    }

    @GET
    @Path("pages/{slug}")
    public String page(@PathParam("slug") String slug) {
        Page page = pages.publishedBySlug(slug).filter(p -> !p.isHome()).orElseThrow(PortalResource::pageNotFound);
        return views.render("page", Map.of("page", PageModel.of(page), "menu", menu()), security);
    }

    /** The logged-in visitor's space. */
    @GET
    @Path("espace")
    public Response personalSpace() {
        if (security.getUserPrincipal() == null) {
            return loginFirst("/espace");
        }
        return Response.ok(views.render("espace", Map.of("menu", menu()), security))
                .cacheControl(noStore()).build();
    }

    /** The council staff's back-office entrance: agents, editors and council admins only. */
    @GET
    @Path("gestion")
    public Response backOffice() {
        if (security.getUserPrincipal() == null) {
            return loginFirst("/gestion");
        }
        if (!Visitor.of(security).staff()) {
            throw new ProblemException(403, "forbidden", "Accès refusé",
                    "L'espace de gestion est réservé aux agents, rédacteurs et administrateurs de la collectivité.");
        }
        return Response.ok(views.render("gestion", Map.of("menu", menu()), security)).cacheControl(noStore()).build();
    }

    private Response loginFirst(String path) {
        String back = currentTenant.portalPath() + path;
        return Response.seeOther(UriBuilder.fromPath(currentTenant.portalPath() + "/connexion").queryParam("retour", back).build())
                .build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    private List<PageModel> menu() {
        return pages.menu().stream().map(PageModel::of).toList();
    }

    private static ProblemException pageNotFound() {
        return ProblemException.notFound("page-unknown", "La page demandée n'existe pas ou n'est plus publiée.");
    }
}

package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The council's public portal: its home page and its pages. */
@Path("/")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class PortalResource {

    @Inject
    PageRepository pages;

    @Inject
    PortalViews views;

    @GET
    public String home() {
        Page home = pages.home().orElseThrow(PortalResource::pageNotFound);
        return views.render("home", Map.of("page", PageModel.of(home), "menu", menu()));
    }

    @GET
    @Path("pages/{slug}")
    public String page(@PathParam("slug") String slug) {
        Page page = pages.publishedBySlug(slug).filter(p -> !p.isHome()).orElseThrow(PortalResource::pageNotFound);
        return views.render("page", Map.of("page", PageModel.of(page), "menu", menu()));
    }

    private List<PageModel> menu() {
        return pages.menu().stream().map(PageModel::of).toList();
    }

    private static ProblemException pageNotFound() {
        return ProblemException.notFound("page-unknown", "La page demandée n'existe pas ou n'est plus publiée.");
    }
}

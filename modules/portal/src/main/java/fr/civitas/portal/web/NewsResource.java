package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/** The council's news: list with pages, detail, and an RSS feed. */
@Path("actualites")
// one instance for all requests (a fresh one per request was a sixth of a cached page's cost):
// the @Context fields are RESTEasy's proxies to the current request, never a request's own objects
@ApplicationScoped
@PermitAll
public class NewsResource {

    static final int PER_PAGE = 10;

    @Inject
    NewsRepository news;

    @Inject
    PortalViews views;

    @Inject
    PublicPages publicPages;

    @Inject
    CurrentTenant currentTenant;

    @Context
    SecurityContext security;

    @Context
    Request request;

    @Inject
    PublicAddress address;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response list(@QueryParam("page") @DefaultValue("1") String pageParam) {
        int page = Pagination.page(pageParam);
        return publicPages.page("/actualites?page=" + page, request, security, () -> {
            long total = news.countPublished();
            Pagination pagination = new Pagination(page, PER_PAGE, total);
            if (page > 1 && page > pagination.pages()) {
                throw PortalResource.pageNotFound();
            }
            List<Views.NewsView> items = news.published(pagination.offset(), PER_PAGE).stream().map(Views.NewsView::of).toList();
            return views.render("actualites", Map.of("items", items, "pagination", pagination), security);
        });
    }

    /**
     * Any segment but the feed's: RESTEasy weighs every method whose path matches, and a browser,
     * which asks for HTML first, was given this one for {@code rss.xml} (a 404).
     */
    @GET
    @Path("{slug: (?!rss\\.xml$)[^/]+}")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response item(@PathParam("slug") String slug) {
        Slugs.require(slug, NewsResource::notFound);
        return publicPages.page("/actualites/" + slug, request, security, () -> {
            News item = news.publishedBySlug(slug).orElseThrow(NewsResource::notFound);
            return views.render("actualite", Map.of("item", Views.NewsView.of(item)), security);
        });
    }

    @GET
    @Path("rss.xml")
    @Produces("application/rss+xml;charset=utf-8")
    public Response feed() {
        return publicPages.page("/actualites/rss.xml", request, security,
                () -> Rss.feed(currentTenant.require().name(), address.portal(), news.published(0, 20)));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("news-unknown", PortalTexts.get("erreur.actualite-introuvable"));
    }
}

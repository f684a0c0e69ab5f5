package fr.civitas.portal.web;

import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.portal.application.PortalTexts;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.security.CurrentPerson;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.domain.DemarcheRepository;
import fr.civitas.portal.domain.NewsRepository;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import java.util.Optional;

/** The council's portal: its home page, its pages, and the visitor's own space. */
@Path("/")
// one instance for all requests (a fresh one per request was a sixth of a cached page's cost):
// the @Context fields are RESTEasy's proxies to the current request, never a request's own objects
@ApplicationScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@PermitAll
public class PortalResource {

    private static final int HOME_NEWS = 3;

    @Inject
    PageRepository pages;

    @Inject
    NewsRepository news;

    @Inject
    DemarcheRepository demarches;

    @Inject
    PortalViews views;

    @Inject
    PublicPages publicPages;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentPerson currentPerson;

    @Inject
    CitizenSpace citizenSpace;

    @Inject
    PublicAddress address;

    @Context
    SecurityContext security;

    @Context
    Request request;

    @GET
    public Response home() {
        return publicPages.page("/", request, security, () -> {
            Page home = pages.home().orElseThrow(PortalResource::pageNotFound);
            return views.render("home", Map.of(
                    "page", Views.PageView.of(home),
                    "popular", demarches.popular().stream().map(Views.DemarcheView::of).toList(),
                    "news", news.published(0, HOME_NEWS).stream().map(Views.NewsView::of).toList(),
                    "contact", pages.published(PageKind.CONTACT).stream().findFirst().map(Views.PageView::of)
                            .map(Object.class::cast).orElse("")), security);
        });
    }

    @GET
    @Path("pages/{slug}")
    public Response page(@PathParam("slug") String slug) {
        Slugs.require(slug, PortalResource::pageNotFound);
        return publicPages.page("/pages/" + slug, request, security, () -> {
            Page page = pages.publishedBySlug(slug).filter(p -> !p.isHome()).orElseThrow(PortalResource::pageNotFound);
            return views.render("page", Map.of("page", Views.PageView.of(page)), security);
        });
    }

    /** The logged-in visitor's space. */
    @GET
    @Path("espace")
    public Response personalSpace() {
        Optional<Person> person = currentPerson.find();
        if (person.isEmpty()) {
            return loginFirst(address, currentTenant, "/espace");
        }
        return Response.ok(views.render("espace", Map.of("blocks", citizenSpace.blocksFor(person.get(),
                currentTenant.portalPath())), security)).cacheControl(noStore()).build();
    }

    /** To the council's login, then back to {@code path}; an absolute address never taken from the Host header. */
    static Response loginFirst(PublicAddress address, CurrentTenant tenant, String path) {
        return Response.seeOther(UriBuilder.fromUri(address.portal("/connexion"))
                .queryParam("retour", tenant.portalPath() + path).build()).cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    static ProblemException pageNotFound() {
        return ProblemException.notFound("page-unknown", PortalTexts.get("erreur.page-introuvable"));
    }
}

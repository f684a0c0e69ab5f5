package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheCategory;
import fr.civitas.portal.domain.DemarcheRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/** The catalogue of démarches, by category, and each démarche's sheet. */
@Path("demarches")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@PermitAll
public class DemarchesResource {

    @Inject
    DemarcheRepository demarches;

    @Inject
    PortalViews views;

    @Inject
    PublicPages publicPages;

    @Context
    SecurityContext security;

    @Context
    Request request;

    @GET
    public Response catalogue() {
        return publicPages.page("/demarches", request, security, () -> {
            List<Demarche> all = demarches.published();
            List<Views.CategoryView> categories = demarches.categories().stream()
                    .map(category -> Views.CategoryView.of(category, all.stream()
                            .filter(demarche -> demarche.category().equals(category.slug()))
                            .map(Views.DemarcheView::of).toList()))
                    .filter(category -> !category.demarches().isEmpty())
                    .toList();
            return views.render("demarches", Map.of("categories", categories), security);
        });
    }

    @GET
    @Path("categorie/{slug}")
    public Response category(@PathParam("slug") String slug) {
        Slugs.require(slug, DemarchesResource::notFound);
        return publicPages.page("/demarches/categorie/" + slug, request, security, () -> {
            DemarcheCategory category = demarches.category(slug).orElseThrow(DemarchesResource::notFound);
            List<Views.DemarcheView> items = demarches.publishedIn(slug).stream().map(Views.DemarcheView::of).toList();
            return views.render("categorie", Map.of("category", Views.CategoryView.of(category, items)), security);
        });
    }

    @GET
    @Path("{slug}")
    public Response demarche(@PathParam("slug") String slug) {
        Slugs.require(slug, DemarchesResource::notFound);
        return publicPages.page("/demarches/" + slug, request, security, () -> {
            Demarche demarche = demarches.publishedBySlug(slug).orElseThrow(DemarchesResource::notFound);
            String categoryLabel = demarches.category(demarche.category()).map(DemarcheCategory::label).orElse("");
            return views.render("demarche", Map.of("demarche", Views.DemarcheView.of(demarche),
                    "categoryLabel", categoryLabel), security);
        });
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("demarche-unknown", PortalTexts.get("erreur.demarche-introuvable"));
    }
}

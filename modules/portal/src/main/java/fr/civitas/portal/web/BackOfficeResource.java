package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.application.PortalTexts;
import fr.civitas.portal.domain.DemarcheRepository;
import fr.civitas.portal.domain.MediaRepository;
import fr.civitas.portal.domain.NewsRepository;
import fr.civitas.portal.domain.PageRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The back-office entrance: what the council's staff can manage, by role. */
@Path("gestion")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class BackOfficeResource extends BackOfficeScreen {

    @Inject
    PageRepository pages;

    @Inject
    NewsRepository news;

    @Inject
    DemarcheRepository demarches;

    @Inject
    MediaRepository media;

    /** Open to all so that strangers are sent to log in (a 401 would strand them); non-staff get a 403 here. */
    @GET
    @PermitAll
    public Response dashboard() {
        if (security.getUserPrincipal() == null) {
            return PortalResource.loginFirst(address, currentTenant, "/gestion");
        }
        if (!Visitor.of(security).staff()) {
            throw new ProblemException(403, "forbidden", PortalTexts.get("gestion.refuse"), PortalTexts.get("gestion.reserve"));
        }
        return BackOffice.screen(views.render("gestion/tableau", BackOffice.model(formTokens, null,
                "counts", java.util.Map.of("pages", pages.count(), "news", news.count(),
                        "demarches", demarches.count(), "media", media.count())), security));
    }
}

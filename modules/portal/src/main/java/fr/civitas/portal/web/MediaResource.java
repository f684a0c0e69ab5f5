package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Media;
import fr.civitas.portal.domain.MediaRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The council's images, with the type recognised at upload and a long cache life. */
@Path("medias")
@RequestScoped
@PermitAll
public class MediaResource {

    @Inject
    MediaRepository media;

    @GET
    @Path("{id}")
    public Response image(@PathParam("id") String id) {
        Media image = parse(id).flatMap(media::byId).orElseThrow(
                () -> ProblemException.notFound("media-unknown", PortalTexts.get("erreur.media-introuvable")));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(image.content(), image.contentType())
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .build();
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

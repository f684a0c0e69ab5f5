package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.text.Utf8;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.application.MediaLibrary;
import fr.civitas.portal.application.PortalTexts;
import fr.civitas.portal.domain.MediaRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Editors' screen for images: upload with a text alternative, list, delete. */
@Path("gestion/medias")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class MediaEditor extends BackOfficeScreen {

    @Inject
    MediaLibrary library;

    @Inject
    MediaRepository media;

    @GET
    public Response show(@QueryParam("message") String message) {
        return BackOffice.screen(screen(message, "", Map.of()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        BackOffice.requireToken(formTokens, text(parts, "_csrf"));
        String alt = text(parts, "alt");
        Optional<EntityPart> file = part(parts, "file");
        byte[] content = file.map(MediaEditor::bytes).orElse(new byte[0]);
        try {
            library.upload(new Forms.ImageForm(file.flatMap(EntityPart::getFileName).orElse(null), alt), content,
                    BackOffice.actor(security));
            return BackOffice.after(address, "/gestion/medias", "ajoute");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(screen(null, alt == null ? "" : alt, e.fieldErrors()));
        }
    }

    @POST
    @Path("{id}/supprimer")
    public Response delete(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(formTokens, csrf);
        library.delete(BackOffice.id(id), BackOffice.actor(security));
        return BackOffice.after(address, "/gestion/medias", "supprime");
    }

    private String screen(String message, String alt, Map<String, String> errors) {
        return views.render("gestion/medias", BackOffice.model(formTokens, message, "items", media.summaries(), "alt", alt,
                "errors", errors, "maxMegabytes", MediaLibrary.MAX_BYTES / 1024 / 1024,
                "limits", FieldLimits.of(Forms.ImageForm.class)), security);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) {
        return part(parts, name).map(part -> Utf8.decode(bounded(part, 4096))
                .orElseThrow(() -> ProblemException.badRequest("upload-unreadable", PortalTexts.get("medias.texte-illisible"))))
                .orElse(null);
    }

    private static byte[] bytes(EntityPart part) {
        return bounded(part, MediaLibrary.MAX_BYTES + 1);
    }

    /** Reads at most {@code limit} bytes: a bigger upload is refused without holding it all. */
    private static byte[] bounded(EntityPart part, int limit) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            throw ProblemException.badRequest("upload-unreadable", PortalTexts.get("medias.fichier-manquant"));
        }
    }
}

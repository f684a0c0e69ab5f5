package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.ImageType;
import fr.civitas.portal.domain.Media;
import fr.civitas.portal.domain.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Images uploaded by editors: recognised by their content (PNG, JPEG, GIF, WebP; never SVG),
 * at most 2 MiB, and never without a text alternative; a file's name longer than its column is refused.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    MediaRepository media;

    @Inject
    PortalChanges changes;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    public Media upload(Forms.ImageForm form, byte[] content, String actor) {
        FieldErrors errors = FieldErrors.check(validator, form);
        Optional<ImageType> type = Optional.empty();
        if (errors.has("file")) {
            errors.throwIfAny();
        }
        if (content == null || content.length == 0) {
            errors.add("file", "medias.fichier-manquant");
        } else if (content.length > MAX_BYTES) {
            errors.add("file", "medias.trop-lourd", MAX_BYTES / 1024 / 1024);
        } else {
            type = ImageType.of(content);
            if (type.isEmpty()) {
                errors.add("file", "medias.format");
            }
        }
        errors.throwIfAny();
        String name = form.file() == null || form.file().isBlank() ? "image" : form.file().strip().replaceAll("[^\\w.\\-]", "_");
        Media image = new Media(UUID.randomUUID(), name, type.orElseThrow(), content, form.alt().strip(), clock.instant(), actor);
        media.add(image);
        changes.record(actor, "media", "uploaded", image.filename());
        return image;
    }

    public void delete(UUID id, String actor) {
        Media image = media.byId(id).orElseThrow(
                () -> ProblemException.notFound("media-unknown", PortalTexts.get("erreur.media-introuvable")));
        media.remove(image);
        // a logo is dropped with its image, and pages may show it
        changes.record(actor, "media", "deleted", image.filename());
    }
}

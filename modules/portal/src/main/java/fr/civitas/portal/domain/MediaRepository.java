package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The images of the council bound to the request. */
public interface MediaRepository {

    /** The image with its bytes: only for serving or deleting that one image. */
    Optional<Media> byId(UUID id);

    boolean exists(UUID id);

    /** Every image, newest first, without the bytes. */
    List<MediaSummary> summaries();

    long count();

    void add(Media media);

    void remove(Media media);
}

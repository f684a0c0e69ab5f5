package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The images of the council bound to the request. */
public interface MediaRepository {

    Optional<Media> byId(UUID id);

    List<Media> all();

    void add(Media media);

    void remove(Media media);
}

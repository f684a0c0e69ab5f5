package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The démarches catalogue of the council bound to the request. */
public interface DemarcheRepository {

    List<DemarcheCategory> categories();

    Optional<DemarcheCategory> category(String slug);

    void add(DemarcheCategory category);

    List<Demarche> published();

    List<Demarche> publishedIn(String category);

    List<Demarche> popular();

    Optional<Demarche> publishedBySlug(String slug);

    Optional<Demarche> byId(UUID id);

    boolean exists(String slug);

    List<Demarche> all();

    /** How many there are, drafts included. */
    long count();

    void add(Demarche demarche);

    void remove(Demarche demarche);
}

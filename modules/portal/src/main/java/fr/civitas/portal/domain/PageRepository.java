package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pages of the council bound to the request. */
public interface PageRepository {

    Optional<Page> home();

    Optional<Page> publishedBySlug(String slug);

    Optional<Page> byId(UUID id);

    boolean exists(String slug);

    List<Page> published(PageKind kind);

    /** Every page, drafts included, for the back-office. */
    List<Page> all();

    /** How many there are, drafts included. */
    long count();

    void add(Page page);

    void remove(Page page);
}

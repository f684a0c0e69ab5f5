package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;

/** The pages of the council bound to the current request. */
public interface PageRepository {

    Optional<Page> home();

    Optional<Page> publishedBySlug(String slug);

    boolean exists(String slug);

    /** Published pages other than the home page, in menu order. */
    List<Page> menu();

    void add(Page page);
}

package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The news of the council bound to the request. */
public interface NewsRepository {

    /** Published news, most recent first. */
    List<News> published(int offset, int limit);

    long countPublished();

    Optional<News> publishedBySlug(String slug);

    Optional<News> byId(UUID id);

    boolean exists(String slug);

    List<News> all();

    /** How many there are, drafts included. */
    long count();

    void add(News news);

    void remove(News news);
}

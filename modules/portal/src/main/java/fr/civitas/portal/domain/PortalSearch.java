package fr.civitas.portal.domain;

import java.util.List;

/** Full-text search, with French analysis, over the published content of the bound council. */
public interface PortalSearch {

    /**
     * A search result: what it is ({@code home}, {@code page}, {@code news} or {@code demarche}),
     * its slug, and what to show of it.
     */
    record Hit(String kind, String slug, String title, String summary) {
    }

    List<Hit> search(String query, int offset, int limit);

    long count(String query);
}

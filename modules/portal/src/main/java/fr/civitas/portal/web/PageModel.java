package fr.civitas.portal.web;

import fr.civitas.portal.domain.Page;

/** What a view may print of a page; {@code body} is already allow-listed HTML. */
public record PageModel(String slug, String title, String summary, String body) {

    static PageModel of(Page page) {
        return new PageModel(page.slug(), page.title(), page.summary() == null ? "" : page.summary(),
                page.body().html());
    }
}

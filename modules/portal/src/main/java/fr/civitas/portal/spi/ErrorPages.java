package fr.civitas.portal.spi;

import java.util.Optional;

/**
 * Port through which the portal renders error pages in the colours of the council of the
 * request; empty when there is no council or the page cannot be rendered, and the plain page
 * is shown instead.
 */
public interface ErrorPages {

    Optional<String> render(int status, String title, String detail);
}

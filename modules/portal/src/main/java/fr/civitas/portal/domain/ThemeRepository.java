package fr.civitas.portal.domain;

import java.util.Optional;

/** The theme of the council bound to the request. */
public interface ThemeRepository {

    Optional<Theme> current();

    void save(Theme theme);
}

package fr.civitas.portal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The main menu of the council bound to the request. */
public interface MenuRepository {

    /** Every entry, parents before children, in order. */
    List<MenuItem> all();

    Optional<MenuItem> byId(UUID id);

    void add(MenuItem item);

    void remove(MenuItem item);
}

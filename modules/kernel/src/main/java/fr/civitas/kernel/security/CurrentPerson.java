package fr.civitas.kernel.security;

import java.util.Optional;

/**
 * The person the current request is authenticated as, for the council it is bound to; empty for
 * an anonymous visitor. Implemented by the identity module.
 */
public interface CurrentPerson {

    Optional<Person> find();
}

package fr.civitas.kernel.shell;

import fr.civitas.kernel.security.Person;
import java.util.Optional;

/**
 * A module's block in the person's own space: a CDI bean of the module implements it; called
 * with the council bound and the person logged in to it.
 */
public interface CitizenSpaceContribution {

    Optional<CitizenSpaceBlock> blockFor(Person person);
}

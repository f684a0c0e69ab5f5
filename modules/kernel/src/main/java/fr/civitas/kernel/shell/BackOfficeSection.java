package fr.civitas.kernel.shell;

import java.util.List;

/**
 * A module's screens in the council's back-office: a CDI bean of the module implements it, and
 * the back-office shell lists every entry the person's roles open.
 */
public interface BackOfficeSection {

    List<BackOfficeEntry> entries();
}

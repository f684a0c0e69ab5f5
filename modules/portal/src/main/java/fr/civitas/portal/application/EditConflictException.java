package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;

/**
 * An edit made from a version of the content that is no longer the current one: someone else
 * saved it meanwhile. Nothing was saved; the form comes back with what was typed and the version
 * now current, so that saving again is a choice made knowingly.
 */
public class EditConflictException extends ProblemException {

    public EditConflictException() {
        super(409, "edit-conflict", PortalTexts.get("conflit.titre"), PortalTexts.get("conflit.detail"));
    }
}

package fr.civitas.portal.web;

import java.util.Map;

/** A back-office form as the browser posted it: its token, what it asks for, and its values to show again. */
interface PostedForm<F> {

    String csrf();

    F form();

    /** The values as typed, to put back in the form when it is refused. */
    Map<String, Object> values();

    static String text(String value) {
        return value == null ? "" : value;
    }
}

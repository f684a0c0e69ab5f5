package fr.civitas.identity.spi;

/**
 * Forms posted by a logged-in browser carry a token that only that browser can know, derived
 * from its session cookie, which a forging site can neither read nor send. Request-scoped.
 */
public interface FormTokens {

    /** Name of the form field carrying the token back. */
    String FIELD = "_csrf";

    /** The token this browser's forms carry; empty when no browser session authenticates the request. */
    String current();

    /** True when the submitted token is this browser session's, compared in constant time. */
    boolean accepts(String submitted);
}

package fr.civitas.identity.spi;

/**
 * Forms posted by a logged-in browser carry a token that only that browser can know: the
 * identity module puts it in a request attribute, forms echo it in a hidden field.
 */
public final class Csrf {

    /** Request attribute holding the expected token, for requests authenticated by session. */
    public static final String ATTRIBUTE = "civitas.csrf";
    /** Name of the form field carrying the token back. */
    public static final String FIELD = "_csrf";

    private Csrf() {
    }
}

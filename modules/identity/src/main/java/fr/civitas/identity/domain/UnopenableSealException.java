package fr.civitas.identity.domain;

/**
 * A sealed value that does not open: sealed with a key no longer configured, or not for this
 * row. What it protected is lost; whatever held it ends (a session, a login under way).
 */
public class UnopenableSealException extends RuntimeException {

    public UnopenableSealException(String message, Throwable cause) {
        super(message, cause);
    }
}

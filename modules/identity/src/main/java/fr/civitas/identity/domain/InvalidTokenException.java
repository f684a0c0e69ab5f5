package fr.civitas.identity.domain;

/** A credential that must not be trusted; the message says why, for the logs, never for the caller. */
public class InvalidTokenException extends Exception {

    public InvalidTokenException(String reason) {
        super(reason);
    }
}

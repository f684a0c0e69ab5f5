package fr.civitas.identity.web;

import fr.civitas.identity.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The credentials of the current request and the caller they stand for. A session cookie is
 * checked only when something asks who is calling: a stylesheet or an image never costs a
 * session read or a call to the realm. Checked once per request.
 */
@RequestScoped
public class RequestCredentials {

    private Supplier<Optional<Caller>> check = Optional::empty;
    private Optional<Caller> caller;
    private String sessionCookie;

    void bearer(Optional<Caller> checked) {
        this.caller = checked;
    }

    void session(String cookie, Supplier<Optional<Caller>> check) {
        this.sessionCookie = cookie;
        this.check = check;
    }

    public Optional<Caller> caller() {
        if (caller == null) {
            caller = check.get();
        }
        return caller;
    }

    /** The session cookie that authenticates the caller, if a session does. */
    Optional<String> sessionCookie() {
        return caller().isPresent() ? Optional.ofNullable(sessionCookie) : Optional.empty();
    }
}

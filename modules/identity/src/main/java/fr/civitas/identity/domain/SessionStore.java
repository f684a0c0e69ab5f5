package fr.civitas.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Browser sessions and pending logins of the council bound to the request. */
public interface SessionStore {

    void add(WebSession session);

    Optional<WebSession> session(String idHash);

    /** Saves what changed in a session read earlier (last seen, renewed tokens). */
    void update(WebSession session);

    void remove(String idHash);

    void add(LoginAttempt attempt);

    /** Finds the pending login and removes it: a state can be used once. */
    Optional<LoginAttempt> takeAttempt(String state);

    void removeStale(Instant before);
}

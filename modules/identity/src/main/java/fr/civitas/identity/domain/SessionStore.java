package fr.civitas.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Browser sessions and pending logins of the council bound to the request. */
public interface SessionStore {

    void add(WebSession session);

    Optional<WebSession> session(String idHash);

    /**
     * Saves what changed in a session read earlier (last seen, realm checked, renewed tokens),
     * without locking it; a session ended meanwhile (logout in another tab) stays ended.
     */
    void update(WebSession session);

    void remove(String idHash);

    void add(LoginAttempt attempt);

    /** Finds the pending login and removes it: a state can be used once. */
    Optional<LoginAttempt> takeAttempt(String state);

    /** Ends every session of the person. */
    void removeAllOf(String subject);

    /**
     * Removes the sessions idle since before {@code idleBefore} or opened before
     * {@code openedBefore}, and the logins pending since before {@code attemptsBefore}.
     *
     * @return how many were removed
     */
    int purge(Instant idleBefore, Instant openedBefore, Instant attemptsBefore);
}

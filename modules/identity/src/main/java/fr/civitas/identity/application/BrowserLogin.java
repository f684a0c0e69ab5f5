package fr.civitas.identity.application;

import fr.civitas.identity.domain.Caller;
import fr.civitas.identity.domain.IdentityProvider;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.domain.RealmRef;
import fr.civitas.identity.domain.SessionStore;
import fr.civitas.identity.domain.TokenSet;
import fr.civitas.identity.domain.VerifiedToken;
import fr.civitas.identity.domain.WebSession;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * Logging a citizen or an agent in and out of their council's portal with the authorization
 * code flow and PKCE; state and nonce are checked on the way back. Each step of the session
 * store is a transaction of its own: none is held open while the realm answers.
 */
@ApplicationScoped
public class BrowserLogin {

    /**
     * Where to send the browser to authenticate, and the state it must keep (in a cookie) to be
     * let back in: a realm's answer carried to another browser is refused.
     */
    public record Started(URI realmLogin, String state) {
    }

    /** What a completed login gives the browser: its session cookie and where to go. */
    public record Completed(String sessionCookie, String returnPath, Caller caller) {
    }

    @Inject
    IdentityProvider provider;

    @Inject
    SessionStore sessions;

    @Inject
    CallerAuthentication callers;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    public Started start(URI callback, String returnPath) {
        Instant now = clock.instant();
        sessions.removeStale(now.minus(LoginAttempt.LIFETIME));
        String state = Randoms.token();
        String nonce = Randoms.token();
        String verifier = Randoms.token();
        sessions.add(new LoginAttempt(state, nonce, verifier, returnPath, now));
        return new Started(provider.authorizationUrl(realm(), CallerAuthentication.PORTAL_CLIENT, callback, state, nonce,
                Randoms.codeChallenge(verifier)), state);
    }

    /** Accepts the realm's answer for a pending login of this council, once, in the browser that started it. */
    public Completed complete(URI callback, String state, String browserState, String code) throws InvalidTokenException {
        if (state == null || browserState == null || !Randoms.same(state, browserState)) {
            throw new InvalidTokenException("the login was not started by this browser");
        }
        Instant now = clock.instant();
        LoginAttempt attempt = sessions.takeAttempt(state)
                .filter(found -> !found.isStale(now))
                .orElseThrow(() -> new InvalidTokenException("no pending login for this state"));
        TokenSet tokens = provider.exchangeCode(realm(), CallerAuthentication.PORTAL_CLIENT, code, callback,
                attempt.codeVerifier());
        VerifiedToken identity = provider.verifyIdToken(realm(), tokens.idToken(), CallerAuthentication.PORTAL_CLIENT);
        if (!attempt.nonce().equals(identity.nonce())) {
            throw new InvalidTokenException("nonce does not match the pending login");
        }
        Caller caller = callers.councilCaller(realm(), tokens.accessToken());
        String cookie = Randoms.token();
        sessions.add(new WebSession(Randoms.sha256Hex(cookie), caller, tokens, now));
        return new Completed(cookie, attempt.returnPath(), caller);
    }

    /** Ends the session here and returns where the realm ends its own. */
    public URI logout(String sessionCookie, URI afterLogout) {
        String idToken = null;
        if (sessionCookie != null) {
            String idHash = Randoms.sha256Hex(sessionCookie);
            idToken = sessions.session(idHash).map(WebSession::idToken).orElse(null);
            sessions.remove(idHash);
        }
        return provider.endSessionUrl(realm(), CallerAuthentication.PORTAL_CLIENT, idToken, afterLogout);
    }

    private RealmRef realm() {
        return RealmRef.of(currentTenant.require());
    }
}

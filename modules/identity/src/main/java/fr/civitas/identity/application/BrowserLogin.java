package fr.civitas.identity.application;

import fr.civitas.identity.domain.Caller;
import fr.civitas.identity.domain.IdentityProvider;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.domain.RealmRef;
import fr.civitas.identity.domain.Sealing;
import fr.civitas.identity.domain.SessionStore;
import fr.civitas.identity.domain.TokenSet;
import fr.civitas.identity.domain.UnopenableSealException;
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

    @Inject
    Sealing sealing;

    public Started start(URI callback, String returnPath) {
        Instant now = clock.instant();
        String state = Randoms.token();
        String nonce = Randoms.token();
        String verifier = Randoms.token();
        sessions.add(new LoginAttempt(state, nonce, verifier, returnPath, now, sealing));
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
        String verifier;
        String nonce;
        try {
            verifier = attempt.codeVerifier(sealing);
            nonce = attempt.nonce(sealing);
        } catch (UnopenableSealException e) {
            throw new InvalidTokenException("the pending login no longer opens: " + e.getMessage());
        }
        TokenSet tokens = provider.exchangeCode(realm(), CallerAuthentication.PORTAL_CLIENT, code, callback, verifier);
        VerifiedToken identity = provider.verifyIdToken(realm(), tokens.idToken(), CallerAuthentication.PORTAL_CLIENT);
        if (!Randoms.same(nonce, String.valueOf(identity.nonce()))) {
            throw new InvalidTokenException("nonce does not match the pending login");
        }
        Caller caller = callers.councilCaller(realm(), tokens.accessToken());
        String cookie = Randoms.token();
        sessions.add(new WebSession(Randoms.sha256Hex(cookie), caller, tokens, now, sealing));
        return new Completed(cookie, attempt.returnPath(), caller);
    }

    /** Ends the session here and returns where the realm ends its own. */
    public URI logout(String sessionCookie, URI afterLogout) {
        String idToken = null;
        if (sessionCookie != null) {
            String idHash = Randoms.sha256Hex(sessionCookie);
            idToken = sessions.session(idHash).map(this::idTokenOf).orElse(null);
            sessions.remove(idHash);
        }
        return provider.endSessionUrl(realm(), CallerAuthentication.PORTAL_CLIENT, idToken, afterLogout);
    }

    /** The hint the realm uses to end its own session; without it, the realm asks the person. */
    private String idTokenOf(WebSession session) {
        try {
            return session.idToken(sealing);
        } catch (UnopenableSealException e) {
            return null;
        }
    }

    private RealmRef realm() {
        return RealmRef.of(currentTenant.require());
    }
}

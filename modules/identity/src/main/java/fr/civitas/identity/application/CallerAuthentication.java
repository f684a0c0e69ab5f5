package fr.civitas.identity.application;

import fr.civitas.identity.domain.Caller;
import fr.civitas.identity.domain.IdentityProvider;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.RealmRef;
import fr.civitas.identity.domain.Sealing;
import fr.civitas.identity.domain.SessionStore;
import fr.civitas.identity.domain.TokenSet;
import fr.civitas.identity.domain.UnopenableSealException;
import fr.civitas.identity.domain.WebSession;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who is calling, from the credentials a request carries, checked against the realm of the
 * council the request is for and no other. The realm is asked again whether the credentials are
 * still live once its last answer is older than {@link IdentitySettings#revalidation()}: a
 * disabled person or an ended session loses access within that delay, without a call to the
 * realm on every request.
 */
@ApplicationScoped
public class CallerAuthentication {

    /** The confidential client of a council's realm; tokens for the council's APIs name it as audience. */
    public static final String PORTAL_CLIENT = "portal";
    /** The confidential client of the operators' realm; operators' tokens name it as audience. */
    public static final String PLATFORM_CLIENT = "civitas-platform";

    private static final Set<String> OPERATORS_ROLES = Set.of(CouncilRole.OPERATOR);
    private static final Logger LOG = Logger.getLogger(CallerAuthentication.class.getName());

    @Inject
    IdentityProvider provider;

    @Inject
    SessionStore sessions;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    @Inject
    Sealing sealing;

    @Inject
    RealmVerdicts verdicts;

    /** A bearer token of the bound council's realm, for its APIs. */
    public Caller byBearer(String token) throws InvalidTokenException {
        RealmRef realm = RealmRef.of(currentTenant.require());
        Caller caller = councilCaller(realm, token);
        if (!verdicts.isActive(realm, token, () -> provider.isActive(realm, PORTAL_CLIENT, token))) {
            throw new InvalidTokenException("the realm no longer vouches for this token");
        }
        return caller;
    }

    /** A bearer token of the operators' realm, for the operators' API. */
    public Caller operatorByBearer(String token) throws InvalidTokenException {
        RealmRef realm = RealmRef.operators(settings.defaultPlacement());
        Caller caller = provider.verifyAccessToken(realm, token, PLATFORM_CLIENT).caller().limitedTo(OPERATORS_ROLES);
        if (!caller.hasRole(CouncilRole.OPERATOR)) {
            throw new InvalidTokenException("not an operator");
        }
        if (!verdicts.isActive(realm, token, () -> provider.isActive(realm, PLATFORM_CLIENT, token))) {
            throw new InvalidTokenException("the operators' realm no longer vouches for this token");
        }
        return caller;
    }

    /**
     * The caller of a session cookie of the bound council, if the session is still valid. No
     * transaction spans the realm's answers: a slow Keycloak must not hold database connections.
     * The session is read without a lock and saved only when something worth saving changed.
     */
    public Optional<Caller> bySession(String cookieValue) {
        String idHash = Randoms.sha256Hex(cookieValue);
        Optional<WebSession> found = sessions.session(idHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebSession session = found.get();
        Instant now = clock.instant();
        if (session.hasExpired(now, settings.sessionIdle(), settings.sessionMax())) {
            sessions.remove(idHash);
            return Optional.empty();
        }
        boolean changed = session.seen(now);
        if (session.accessTokenExpired(now) || session.needsRealmCheck(now, settings.revalidation())) {
            if (!stillLiveOrUnopenable(session, now)) {
                sessions.remove(idHash);
                return Optional.empty();
            }
            changed = true;
        }
        if (changed) {
            sessions.update(session);
        }
        return Optional.of(session.caller());
    }

    /** A council's realm grants councils' roles only, whatever else a realm admin may have added. */
    Caller councilCaller(RealmRef realm, String accessToken) throws InvalidTokenException {
        return provider.verifyAccessToken(realm, accessToken, PORTAL_CLIENT).caller().limitedTo(CouncilRole.OF_COUNCILS);
    }

    /** A session whose tokens no longer open (the key changed) has ended like any other. */
    private boolean stillLiveOrUnopenable(WebSession session, Instant now) {
        try {
            return stillLive(session, now);
        } catch (UnopenableSealException e) {
            LOG.fine(() -> "session ended: " + e.getMessage());
            return false;
        }
    }

    private boolean stillLive(WebSession session, Instant now) {
        RealmRef realm = RealmRef.of(currentTenant.require());
        if (session.accessTokenExpired(now)) {
            try {
                TokenSet renewed = provider.refresh(realm, PORTAL_CLIENT, session.refreshToken(sealing));
                session.renew(renewed, councilCaller(realm, renewed.accessToken()), now, sealing);
                return true;
            } catch (InvalidTokenException e) {
                LOG.fine(() -> "session ended: " + e.getMessage());
                return false;
            }
        }
        boolean live = provider.isActive(realm, PORTAL_CLIENT, session.accessToken(sealing));
        session.checked(now);
        return live;
    }
}

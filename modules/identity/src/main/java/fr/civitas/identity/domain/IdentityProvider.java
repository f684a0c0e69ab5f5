package fr.civitas.identity.domain;

import java.net.URI;

/** Port to the OpenID Connect provider holding the realms. */
public interface IdentityProvider {

    /** Where to send a browser to log in, with state, nonce and the PKCE challenge. */
    URI authorizationUrl(RealmRef realm, String clientId, URI redirectUri, String state, String nonce,
                         String codeChallenge);

    TokenSet exchangeCode(RealmRef realm, String clientId, String code, URI redirectUri, String codeVerifier)
            throws InvalidTokenException;

    TokenSet refresh(RealmRef realm, String clientId, String refreshToken) throws InvalidTokenException;

    /** Checks an access token locally: issuer, algorithm, signature, audience, expiry. */
    VerifiedToken verifyAccessToken(RealmRef realm, String token, String audience) throws InvalidTokenException;

    /** Checks an ID token after a login: the same checks, for this client and this nonce. */
    VerifiedToken verifyIdToken(RealmRef realm, String token, String clientId) throws InvalidTokenException;

    /** Asks the realm whether the token is still live: user enabled, session not ended. */
    boolean isActive(RealmRef realm, String clientId, String token);

    URI endSessionUrl(RealmRef realm, String clientId, String idTokenHint, URI postLogoutRedirect);
}

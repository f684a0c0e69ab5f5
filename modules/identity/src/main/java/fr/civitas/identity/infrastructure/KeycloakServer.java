package fr.civitas.identity.infrastructure;

import java.net.URI;

/**
 * One Keycloak cluster: where the platform reaches it, where browsers reach it, and the
 * confidential client of its master realm whose service account provisions realms (it may create
 * realms, and manages only those it created). Placements name these servers in the tenant directory.
 */
public record KeycloakServer(String placement, URI url, URI publicUrl, String adminClientId, String adminClientSecret) {

    /** The issuer of a realm's tokens: what browsers and token consumers see. */
    public String issuer(String realm) {
        return publicUrl + "/realms/" + realm;
    }

    public URI endpoint(String realm, String path) {
        return URI.create(url + "/realms/" + realm + "/protocol/openid-connect/" + path);
    }

    public URI publicEndpoint(String realm, String path) {
        return URI.create(publicUrl + "/realms/" + realm + "/protocol/openid-connect/" + path);
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + placement + " at " + url + "]";
    }
}

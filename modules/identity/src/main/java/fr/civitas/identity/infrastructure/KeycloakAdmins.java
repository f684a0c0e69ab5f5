package fr.civitas.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One admin client per Keycloak server. */
@ApplicationScoped
public class KeycloakAdmins {

    private final Map<String, KeycloakAdmin> byPlacement = new ConcurrentHashMap<>();

    @Inject
    KeycloakServers servers;

    @Inject
    Clock clock;

    public KeycloakAdmin of(String placement) {
        return byPlacement.computeIfAbsent(placement, name -> new KeycloakAdmin(servers.byPlacement(name), clock));
    }
}

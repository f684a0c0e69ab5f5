package fr.civitas.identity.spi;

import java.util.SortedMap;

/** The identity servers councils' realms are placed on, for the health checks. */
public interface IdentityServers {

    /**
     * Each placement, and whether its server answered lately. Never waits long: a server that
     * hangs must not hold up the probe that asks.
     */
    SortedMap<String, Boolean> answering();
}

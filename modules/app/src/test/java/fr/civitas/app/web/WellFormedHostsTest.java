package fr.civitas.app.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WellFormedHostsTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:9080", "www.laval.fr", "WWW.Laval.FR:443", "xn--e1a.test", "127.0.0.1:8080",
            "[::1]", "[::1]:9080", "laval.test."})
    void hostNamesAndAddressesArePassedOn(String host) {
        assertTrue(WellFormedHosts.wellFormed(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad host", "a\u0001b", "a\u0000b", "localhost:99999", "[::1", "::1",
            "evil.example/chemin", "user@evil.example", "a_b.test", "éé.test", "-x-.test", "a..b"})
    void anythingElseIsABadRequest(String host) {
        assertFalse(WellFormedHosts.wellFormed(host), host);
    }

    @ParameterizedTest
    @ValueSource(ints = {261, 4000})
    void aHostLongerThanAnyNameIsABadRequest(int length) {
        assertFalse(WellFormedHosts.wellFormed("a".repeat(length)));
    }
}

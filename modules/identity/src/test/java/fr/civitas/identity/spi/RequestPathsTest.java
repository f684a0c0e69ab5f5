package fr.civitas.identity.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void matrixParametersAndEscapesCannotHideTheOperatorsApi() {
        assertTrue(RequestPaths.isOperatorsApi("/api/platform"));
        assertTrue(RequestPaths.isOperatorsApi("/api/platform/tenants"));
        assertTrue(RequestPaths.isOperatorsApi("/api;x/platform/tenants"));
        assertTrue(RequestPaths.isOperatorsApi("/api/platform;v=1/tenants"));
        assertTrue(RequestPaths.isOperatorsApi("/api/%70latform/tenants"));
        assertTrue(RequestPaths.isOperatorsApi("/%61pi/platform"));
    }

    @Test
    void otherPathsAreNotTheOperatorsApi() {
        assertFalse(RequestPaths.isOperatorsApi("/api/platformes"));
        assertFalse(RequestPaths.isOperatorsApi("/api/moi"));
        assertFalse(RequestPaths.isOperatorsApi("/t/laval/api/platform"));
        assertFalse(RequestPaths.isOperatorsApi("/"));
        assertFalse(RequestPaths.isOperatorsApi(""));
    }

    @Test
    void canonicalPathsKeepTheirShape() {
        assertEquals("/t/laval/actualites/", RequestPaths.canonical("/t/laval/actualites/"));
        assertEquals("/recherche/é t", RequestPaths.canonical("/recherche/%C3%A9%20t"));
        assertEquals("/a/%zz/%4", RequestPaths.canonical("/a/%zz/%4"), "malformed escapes stay as they are");
        assertEquals("/a/b", RequestPaths.canonical("/a;p=1;q=2/b;r"));
    }
}

package fr.civitas.tenancy.web;

import fr.civitas.identity.spi.RequestPaths;

/** Paths that belong to the platform itself and are never a council's. */
final class PlatformPaths {

    /** The platform's own pages and stylesheet, on every host: error pages outside any council use them. */
    static final String PLATFORM_PAGES = "/plateforme";

    private PlatformPaths() {
    }

    /** JAX-RS implementations differ on the leading slash of {@code UriInfo.getPath()}. */
    static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Takes the raw path, still escaped: decided on the path JAX-RS will match. */
    static boolean isPlatformPath(String rawPath) {
        String path = RequestPaths.canonical(rawPath);
        return RequestPaths.isOperatorsApi(rawPath) || path.startsWith("/openapi") || path.equals("/favicon.ico")
                || path.equals(PLATFORM_PAGES) || path.startsWith(PLATFORM_PAGES + "/");
    }
}

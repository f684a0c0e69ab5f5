package fr.civitas.tenancy.web;

/** Paths that belong to the platform itself and are never a council's. */
final class PlatformPaths {

    private PlatformPaths() {
    }

    /** JAX-RS implementations differ on the leading slash of {@code UriInfo.getPath()}. */
    static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    static boolean isPlatformPath(String path) {
        return path.startsWith("/api/platform/") || path.equals("/api/platform")
                || path.startsWith("/openapi") || path.equals("/favicon.ico");
    }
}

package fr.civitas.app.web;

import fr.civitas.portal.spi.ErrorPages;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Writes a failure for whoever asked: an RFC 9457 problem document for API clients, a short
 * French page for browsers. Never a stack trace.
 */
final class ProblemRendering {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String TYPE_PREFIX = "urn:civitas:problem:";

    private ProblemRendering() {
    }

    static Response render(int status, String code, String title, String detail, Map<String, Object> extensions,
                           UriInfo uri, HttpHeaders headers, Instance<ErrorPages> themed) {
        String path = uri.getPath(false);
        String instance = path.startsWith("/") ? path : "/" + path;
        if (wantsHtml(instance, headers.getAcceptableMediaTypes())) {
            String page = themed.stream().findFirst().flatMap(pages -> pages.render(status, title, detail))
                    .orElseGet(() -> ErrorPage.html(status, title, detail));
            return Response.status(status)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(page)
                    .build();
        }
        Response.ResponseBuilder response = Response.status(status);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"civitas\"");
        }
        return response
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problemJson(status, code, title, detail, extensions, instance))
                .build();
    }

    static String problemJson(int status, String code, String title, String detail, Map<String, Object> extensions,
                              String instance) {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + code)
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .add("instance", instance);
        extensions.forEach((name, value) -> {
            if (value instanceof Map<?, ?>) {
                problem.add(name, Json.createObjectBuilder(asMap(value)));
            } else {
                problem.add(name, String.valueOf(value));
            }
        });
        return problem.build().toString();
    }

    /** Browsers get pages, except under an API path or when they ask for JSON. */
    static boolean wantsHtml(String path, List<MediaType> accepted) {
        String withinTenant = withinTenant(path);
        if (withinTenant.startsWith("/api/") || withinTenant.equals("/api")) {
            return false;
        }
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return true;
    }

    /** The path as the council's resources see it, without a {@code /t/{slug}} prefix. */
    private static String withinTenant(String path) {
        if (!path.startsWith("/t/")) {
            return path;
        }
        int end = path.indexOf('/', "/t/".length());
        return end < 0 ? "/" : path.substring(end);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}

package fr.civitas.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error answers written at the servlet level, outside JAX-RS (its filters failed, the request was
 * refused before it, or Liberty's error handling called us): a French page for browsers, an RFC
 * 9457 problem document for API clients, as {@link ProblemRendering} does inside JAX-RS.
 */
final class ServletAnswers {

    private static final Logger LOG = Logger.getLogger(ServletAnswers.class.getName());

    private ServletAnswers() {
    }

    /** An HTTP error of the request itself, in French. */
    static void error(HttpServletRequest request, HttpServletResponse response, String path, int status)
            throws IOException {
        write(request, response, path, status, HttpErrors.codeOf(status), HttpErrors.titleOf(status),
                HttpErrors.detailOf(status), Map.of());
    }

    /** A failure of ours: logged in full with an incident number, shown as that number only. */
    static void incident(HttpServletRequest request, HttpServletResponse response, String path, int status,
                         Throwable failure) throws IOException {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " on " + path, failure);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "30");
            write(request, response, path, status, "service-unavailable", AppTexts.get("incident.indisponible"),
                    AppTexts.get("incident.indisponible.detail", incident), Map.of("incident", incident));
        } else {
            write(request, response, path, status, "internal-error", AppTexts.get("incident.erreur-interne"),
                    AppTexts.get("incident.erreur-interne.detail", incident), Map.of("incident", incident));
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String path, int status, String code,
                      String title, String detail, Map<String, Object> extensions) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ProblemRendering.wantsHtml(path, accepted(request.getHeader("Accept")))) {
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write(ErrorPage.html(status, title, detail));
        } else {
            response.setContentType(ProblemRendering.PROBLEM_JSON + ";charset=utf-8");
            response.getWriter().write(ProblemRendering.problemJson(status, code, title, detail, extensions, path));
        }
    }

    /** The path of the request within the application, still escaped. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static List<MediaType> accepted(String header) {
        List<MediaType> types = new ArrayList<>();
        if (header != null) {
            for (String part : header.split(",")) {
                try {
                    types.add(MediaType.valueOf(part.strip()));
                } catch (IllegalArgumentException unreadable) {
                    // an unreadable media range counts as none
                }
            }
        }
        return types;
    }
}

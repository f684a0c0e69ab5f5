package fr.civitas.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
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
 * Failures of the servlet filters (the council's lookup, the credentials' check) happen before
 * JAX-RS and its exception mappers: the database or Keycloak is out of reach. They get the same
 * answer as any unexpected failure, a French page or a problem document with an incident number,
 * never the container's own error page. Mapped first.
 */
public class FailureBarrier extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(FailureBarrier.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            unavailable(request, response, failure);
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws IOException {
        String incident = UUID.randomUUID().toString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        LOG.log(Level.SEVERE, "incident " + incident + " on " + path, failure);
        String title = AppTexts.get("incident.indisponible");
        String detail = AppTexts.get("incident.indisponible.detail", incident);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ProblemRendering.wantsHtml(path, accepted(request.getHeader("Accept")))) {
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write(ErrorPage.html(503, title, detail));
        } else {
            response.setContentType(ProblemRendering.PROBLEM_JSON + ";charset=utf-8");
            response.getWriter().write(ProblemRendering.problemJson(503, "service-unavailable", title, detail,
                    Map.of("incident", incident), path));
        }
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

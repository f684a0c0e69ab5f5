package fr.civitas.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Failures of the servlet filters (the council's lookup, the credentials' check) happen before
 * JAX-RS and its exception mappers: the database or Keycloak is out of reach. They get the same
 * answer as any unexpected failure, a French page or a problem document with an incident number,
 * never the container's own error page. Mapped first.
 */
public class FailureBarrier extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            response.reset();
            ServletAnswers.incident(request, response, ServletAnswers.pathOf(request),
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE, failure);
        }
    }
}

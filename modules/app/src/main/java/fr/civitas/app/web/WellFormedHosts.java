package fr.civitas.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A {@code Host} header that is no host name (spaces, control characters, a port out of range…)
 * is a bad request, answered in French before anything builds an address from it: RESTEasy would
 * fail on it, and a failure is a 503 with an incident. Mapped right after the failure barrier.
 */
public class WellFormedHosts extends HttpFilter {

    private static final int MAX_LENGTH = 260;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = request.getHeader("Host");
        if (host != null && !wellFormed(host)) {
            ServletAnswers.error(request, response, ServletAnswers.pathOf(request), HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A host name or IP literal, with an optional port, as a URI's authority. */
    static boolean wellFormed(String host) {
        if (host.isEmpty() || host.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI("http://" + host + "/");
            return uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawPath().equals("/")
                    && uri.getPort() <= 65_535;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}

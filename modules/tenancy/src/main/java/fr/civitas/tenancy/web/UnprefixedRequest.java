package fr.civitas.tenancy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request by a council's path prefix ({@code /t/{slug}/…}) as the rest of the chain sees it:
 * without the prefix, as if it had come by the council's own domain. Stripped here rather than
 * in JAX-RS: RESTEasy builds its request URI once from the servlet request, through a cache,
 * but parses a URI rewritten by a filter again, which cost a sixth of a cached page.
 */
final class UnprefixedRequest extends HttpServletRequestWrapper {

    private final String prefix;

    UnprefixedRequest(HttpServletRequest request, String prefix) {
        super(request);
        this.prefix = prefix;
    }

    @Override
    public String getRequestURI() {
        String uri = super.getRequestURI();
        int at = getContextPath().length();
        return uri.substring(0, at) + uri.substring(at + prefix.length());
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = super.getRequestURL();
        int path = url.indexOf("/", url.indexOf("://") + 3);
        int at = path + getContextPath().length();
        return url.delete(at, at + prefix.length());
    }

    @Override
    public String getServletPath() {
        return strip(super.getServletPath());
    }

    @Override
    public String getPathInfo() {
        return strip(super.getPathInfo());
    }

    private String strip(String path) {
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}

package fr.civitas.identity.web;

import fr.civitas.identity.spi.RequestPaths;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/** The credentials a request may carry: a bearer token, or a council's session cookie. */
final class Credentials {

    static final String SESSION_COOKIE = "civitas_session";
    static final String FAILURE = "civitas.authentication.failure";
    private static final String BEARER = "Bearer ";

    private Credentials() {
    }

    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    static Optional<String> session(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> SESSION_COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).filter(value -> !value.isBlank()).findFirst();
    }

    static boolean isOperatorsPath(HttpServletRequest request) {
        return RequestPaths.isOperatorsApi(request.getRequestURI().substring(request.getContextPath().length()));
    }
}

package fr.civitas.app;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Cookies as a browser keeps them for one user, with one browser rule the JDK's store lacks:
 * {@code http://localhost} is a secure context, so Secure cookies go back to it.
 */
final class CookieJar extends CookieHandler {

    private record Stored(String host, HttpCookie cookie) {
    }

    private final List<Stored> cookies = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        List<String> matching = new ArrayList<>();
        for (Stored stored : cookies) {
            HttpCookie cookie = stored.cookie();
            String path = cookie.getPath() == null ? "/" : cookie.getPath();
            boolean secureOk = !cookie.getSecure() || "https".equals(uri.getScheme()) || "localhost".equals(uri.getHost());
            if (stored.host().equals(uri.getHost()) && uri.getPath().startsWith(path) && secureOk && !cookie.hasExpired()) {
                matching.add(cookie.getName() + "=" + cookie.getValue());
            }
        }
        return matching.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", matching)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if ("set-cookie".equalsIgnoreCase(name)) {
                values.forEach(header -> HttpCookie.parse(header).forEach(cookie -> store(uri, cookie)));
            }
        });
    }

    Optional<String> value(String name) {
        return cookies.stream().map(Stored::cookie).filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private void store(URI uri, HttpCookie cookie) {
        if (cookie.getPath() == null) {
            String path = uri.getPath();
            cookie.setPath(path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "/");
        }
        cookies.removeIf(stored -> stored.host().equals(uri.getHost()) && stored.cookie().getName().equals(cookie.getName())
                && stored.cookie().getPath().equals(cookie.getPath()));
        if (cookie.getMaxAge() != 0) {
            cookies.add(new Stored(uri.getHost(), cookie));
        }
    }
}

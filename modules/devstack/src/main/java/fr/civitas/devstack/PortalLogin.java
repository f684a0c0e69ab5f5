package fr.civitas.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person logging in to a council's portal as a browser does: "Se connecter", the realm's login
 * form, back to the portal; answers the platform's session cookie. Cookies are kept per host name
 * only (the platform and Keycloak both on localhost here), which is all this one flow needs.
 */
final class PortalLogin {

    static final String SESSION_COOKIE = "civitas_session";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    private PortalLogin() {
    }

    /** The session cookie's value once {@code username} has logged in to {@code /t/{slug}/}. */
    static String session(URI platform, String slug, String username, String password) {
        PortalLogin browser = new PortalLogin();
        HttpResponse<String> page = browser.follow(browser.send(HttpRequest.newBuilder(
                platform.resolve("/t/" + slug + "/connexion")).GET()));
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("no login form at " + page.uri() + " (" + page.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("the login form has no action");
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> landed = browser.follow(browser.send(HttpRequest.newBuilder(
                        page.uri().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))));
        String session = browser.cookies.getOrDefault(platform.getHost(), Map.of()).get(SESSION_COOKIE);
        if (session == null) {
            throw new IllegalStateException(username + " could not log in: " + landed.statusCode() + " at " + landed.uri());
        }
        return session;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(HttpRequest.newBuilder(next).GET());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        URI uri = request.build().uri();
        Map<String, String> jar = cookies.computeIfAbsent(uri.getHost(), host -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String[] pair = setCookie.split(";", 2)[0].split("=", 2);
                if (pair.length == 2) {
                    jar.put(pair[0].strip(), pair[1].strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser as far as HTTP goes: cookies kept per site, redirects followed one by one, Keycloak's
 * login form filled in and submitted.
 */
final class BrowserSession {

    private final CookieJar cookies = new CookieJar();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI platform;

    BrowserSession(URI platform) {
        this.platform = platform;
    }

    /** A page, with the browser's cookies and any further headers (a forged Host, say). */
    HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", "text/html"), headers).GET());
    }

    HttpResponse<String> getAccepting(String pathOrUrl, String accept) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", accept).GET());
    }

    HttpResponse<String> post(String pathOrUrl, Map<String, String> form, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(resolve(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html"), headers)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        return headers.length == 0 ? request : request.headers(headers);
    }

    /** A multipart form, as a browser sends a file input and its fields. */
    HttpResponse<String> multipart(String path, Map<String, String> fields, String fileField, String filename, byte[] file) {
        String boundary = "----civitas" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: image/png\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Any body, as a hostile client would send it: the session's cookies, the body and type given. */
    HttpResponse<String> postRaw(String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", contentType)
                .header("Accept", "text/html")
                .POST(body));
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Follows redirects from a response until a page that is not one. */
    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
        }
        return current;
    }

    /** From a council's "Se connecter", through Keycloak's login page, back to the portal. */
    HttpResponse<String> logIn(String portalPath, String username, String password) {
        HttpResponse<String> loginPage = follow(get(portalPath + "/connexion"));
        assertEquals(200, loginPage.statusCode(), loginPage.body());
        return submitLogin(loginPage, username, password);
    }

    /** The "Se déconnecter" button of the council's pages, with the form's token. */
    HttpResponse<String> logOut(String portalPath) {
        HttpResponse<String> space = get(portalPath + "/espace");
        Element token = Jsoup.parse(space.body()).selectFirst("form[action$=/deconnexion] input[name=_csrf]");
        assertTrue(token != null, "a logout form with its token: " + space.body());
        return post(portalPath + "/deconnexion", Map.of("_csrf", token.attr("value")));
    }

    HttpResponse<String> submitLogin(HttpResponse<String> loginPage, String username, String password) {
        return follow(submitLoginOnly(loginPage, username, password));
    }

    /** Submits Keycloak's login form; the answer is its redirect back to the portal. */
    HttpResponse<String> submitLoginOnly(HttpResponse<String> loginPage, String username, String password) {
        Document page = Jsoup.parse(loginPage.body(), loginPage.uri().toString());
        Element form = page.getElementById("kc-form-login");
        assertTrue(form != null, "Keycloak's login form: " + loginPage.body());
        return post(form.absUrl("action"), Map.of("username", username, "password", password));
    }

    Optional<String> cookie(String name) {
        return cookies.value(name);
    }

    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : platform.resolve(pathOrUrl.substring(1));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against a running platform, the way a browser, a council's app or an operator calls it. */
public final class PlatformClient {

    private final HttpClient http = HttpClient.newBuilder()
            // generous: a loaded two-core machine can take seconds to accept a connection
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER)
            // as browsers do on plain HTTP; an h2c upgrade would hide the Host header from the server
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI base;
    private final OperatorTokens operatorTokens;

    public PlatformClient(URI base, OperatorTokens operatorTokens) {
        this.base = base;
        this.operatorTokens = operatorTokens;
    }

    /** The platform under test, as set up by {@link LibertyTestStack}. */
    public static PlatformClient forTestServer() {
        return new PlatformClient(URI.create("http://localhost:" + System.getProperty(LibertyTestStack.HTTP_PORT) + "/"),
                OperatorTokens.of(TestKeycloak.admin(), System.getProperty(LibertyTestStack.OPERATOR_SECRET)));
    }

    public URI base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** As the first operator, with a token of the operators' realm. */
    public HttpResponse<String> operatorGet(String path) {
        return get(path, "Authorization", "Bearer " + operatorTokens.current(), "Accept", "application/json");
    }

    public HttpResponse<String> operatorPost(String path, String json) {
        return postJson(path, json, "Authorization", "Bearer " + operatorTokens.current(), "Accept", "application/json");
    }

    public HttpResponse<String> operatorDelete(String path) {
        return send(request(path, "Authorization", "Bearer " + operatorTokens.current(), "Accept", "application/json")
                .DELETE());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }
}

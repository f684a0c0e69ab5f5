package fr.civitas.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * A WAR of nothing but static files, dropped into the running server next to the platform: what
 * Liberty itself does per request, the floor the platform cannot go below. Built at bench time,
 * never part of the product; LocalStack empties the dropins folder at every start.
 */
final class StaticWar {

    static final String CONTEXT = "bench-static";

    private StaticWar() {
    }

    /** The folder to fill with the files, before {@link #deploy}. */
    static Path staging(Path data) {
        return data.resolve("static-war").resolve(CONTEXT + ".war");
    }

    /** Moves the filled folder into the server's dropins and waits until {@code probe} answers. */
    static void deploy(Path staging, Path serverDir, URI server, String probe) {
        try {
            Path target = serverDir.resolve("dropins").resolve(CONTEXT + ".war");
            OnboardingBenchmark.deleteRecursively(target);
            // one move: Liberty must not see a half-copied application
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deploy the static WAR", e);
        }
        HttpClient http = HttpClient.newHttpClient();
        URI page = server.resolve("/" + CONTEXT + probe);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is busy deploying
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LocalStack.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the static WAR did not answer " + page);
    }
}

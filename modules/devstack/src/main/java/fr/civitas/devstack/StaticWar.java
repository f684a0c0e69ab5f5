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

    /** Moves the filled folder into the server's dropins and waits until it serves {@code probe}. */
    static void deploy(Path staging, Path serverDir, URI server, String probe) {
        try {
            Path target = serverDir.resolve("dropins").resolve(CONTEXT + ".war");
            OnboardingBenchmark.deleteRecursively(target);
            // one move: Liberty must not see a half-copied application
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deploy the static WAR", e);
        }
        // Not by asking for a page until it answers: Liberty keeps, per address, the servlet that
        // answered it, and an address asked before the WAR is up stays with the platform's (404).
        awaitStarted(serverDir.resolve("logs/messages.log"), Duration.ofMinutes(3));
        URI page = server.resolve("/" + CONTEXT + probe);
        try {
            int status = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("the static WAR answered " + page + " with " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the server logs that the application started (CWWKZ0001I, in any language). */
    private static void awaitStarted(Path messages, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            // read as bytes: the log is French, and any charset would do for ASCII message ids
            try (var lines = Files.lines(messages, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                if (lines.anyMatch(line -> line.contains("CWWKZ0001I") && line.contains(CONTEXT))) {
                    return;
                }
            } catch (IOException notYet) {
                // the log is being rolled or written
            }
            LocalStack.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the static WAR did not start; see " + messages);
    }
}

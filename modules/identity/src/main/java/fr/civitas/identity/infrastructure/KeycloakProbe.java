package fr.civitas.identity.infrastructure;

import fr.civitas.identity.spi.IdentityServers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Asks each Keycloak placement for its master realm's public description, in the background: a
 * probe gets the last answer at once, and asks again when it is older than a few seconds. Only
 * the very first question of a placement is waited for, briefly.
 */
@ApplicationScoped
public class KeycloakProbe implements IdentityServers {

    private static final Logger LOG = Logger.getLogger(KeycloakProbe.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private record Answer(boolean up, Instant at) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> asking = new ConcurrentHashMap<>();

    @Inject
    KeycloakServers servers;

    @Inject
    Clock clock;

    @Override
    public SortedMap<String, Boolean> answering() {
        SortedMap<String, Boolean> placements = new TreeMap<>();
        servers.urls().forEach((placement, url) -> placements.put(placement, answering(placement, url)));
        return placements;
    }

    private boolean answering(String placement, URI url) {
        Answer last = answers.get(placement);
        if (last != null && last.at().plus(FRESH).isAfter(clock.instant())) {
            return last.up();
        }
        CompletableFuture<Boolean> question = ask(placement, url);
        if (last != null) {
            return last.up();
        }
        try {
            return question.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One question at a time per placement; its answer is kept for the probes that follow. */
    private CompletableFuture<Boolean> ask(String placement, URI url) {
        CompletableFuture<Boolean> question = new CompletableFuture<>();
        CompletableFuture<Boolean> pending = asking.putIfAbsent(placement, question);
        if (pending != null) {
            return pending;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/master")).timeout(TIMEOUT).GET().build();
        CLIENT.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null && response.statusCode() == 200)
                .thenAccept(up -> {
                    record(placement, up);
                    asking.remove(placement);
                    question.complete(up);
                });
        return question;
    }

    private void record(String placement, boolean up) {
        Answer previous = answers.put(placement, new Answer(up, clock.instant()));
        if (previous == null ? !up : previous.up() != up) {
            if (up) {
                LOG.info(() -> "Keycloak placement " + placement + " answers again");
            } else {
                LOG.warning(() -> "Keycloak placement " + placement + " does not answer: logins and APIs of its councils fail,"
                        + " anonymous pages are still served");
            }
        }
    }
}

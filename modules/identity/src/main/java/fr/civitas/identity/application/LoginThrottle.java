package fr.civitas.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many logins a client may start: each one stores a pending login in the council's schema,
 * so a client starting thousands would fill it. A window of one minute per client address, kept
 * in memory: each instance counts its own.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_CLIENTS = 100_000;

    private record Window(Instant start, int starts) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    /** @return false when the client has started too many logins this minute */
    public boolean allow(String client) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_CLIENTS) {
            windows.values().removeIf(window -> !now.isBefore(window.start().plus(WINDOW)));
        }
        Window window = windows.compute(client, (key, current) -> current == null || !now.isBefore(current.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(current.start(), current.starts() + 1));
        return window.starts() <= settings.loginStartsPerMinute();
    }
}

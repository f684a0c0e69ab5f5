package fr.civitas.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the platform; inject {@link Clock} instead of calling {@code Instant.now()}. */
@ApplicationScoped
public class PlatformClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

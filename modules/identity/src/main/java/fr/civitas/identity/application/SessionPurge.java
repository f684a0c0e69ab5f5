package fr.civitas.identity.application;

import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.domain.SessionStore;
import fr.civitas.kernel.work.CouncilWork;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes, council by council, the sessions that expired and the logins left pending, on a
 * schedule ({@code civitas.identity.session.purge-seconds}). Every instance runs it; the deletes
 * are idempotent.
 */
@ApplicationScoped
public class SessionPurge {

    private static final Logger LOG = Logger.getLogger(SessionPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CouncilWork councils;

    @Inject
    SessionStore sessions;

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long every = settings.purgeInterval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::purgeAll, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One round over every council in service. */
    public void purgeAll() {
        try {
            Instant now = clock.instant();
            int failed = councils.inEachCouncil("session purge", () -> sessions.purge(now.minus(settings.sessionIdle()),
                    now.minus(settings.sessionMax()), now.minus(LoginAttempt.LIFETIME)));
            if (failed > 0) {
                LOG.warning(() -> "session purge failed for " + failed + " council(s)");
            }
        } catch (RuntimeException e) {
            // a failed round must not cancel the schedule
            LOG.log(Level.WARNING, "session purge round failed", e);
        }
    }
}

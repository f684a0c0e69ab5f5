package fr.civitas.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while this JVM can serve: it answers, and no threads are deadlocked. Nothing outside the
 * JVM counts here: a database or Keycloak outage restarts no instance (readiness says so instead).
 */
@Liveness
@ApplicationScoped
public class JvmLivenessCheck implements HealthCheck {

    private static final long MEBIBYTE = 1024 * 1024;

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("jvm")
                .status(deadlocked == null)
                .withData("deadlocked-threads", deadlocked == null ? 0 : deadlocked.length)
                .withData("heap-used-mib", heap.getUsed() / MEBIBYTE)
                .withData("heap-max-mib", heap.getMax() / MEBIBYTE)
                .build();
    }
}

package fr.civitas.devstack;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One thing a benchmark loads: a server, the wrk load sent to it, and the processes whose CPU it
 * costs. Keeps every run, and reports the median one.
 */
final class LoadTarget {

    /** What wrk saw, and the CPU the processes spent per request meanwhile (theirs and their children's). */
    record Run(Wrk.Result wrk, double cpuMicrosPerRequest) {
    }

    private final String label;
    private final URI server;
    private final Wrk wrk;
    private final List<Long> pids;
    private final List<Run> runs = new ArrayList<>();

    LoadTarget(String label, URI server, Wrk wrk, List<Long> pids) {
        this.label = label;
        this.server = server;
        this.wrk = wrk;
        this.pids = pids;
    }

    void warmUp(Duration duration) {
        wrk.run(server, duration);
    }

    void measure(Duration duration) {
        Duration before = cpu();
        Wrk.Result result = wrk.run(server, duration);
        runs.add(new Run(result, (cpu().minus(before).toNanos() / 1000.0) / Math.max(1, result.requests())));
    }

    /** The run whose requests/s is the median of those made. */
    Run median() {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(run -> run.wrk().requestsPerSecond())).toList();
        return sorted.get(sorted.size() / 2);
    }

    double requestsPerSecond() {
        return median().wrk().requestsPerSecond();
    }

    String row() {
        Run median = median();
        String all = runs.stream().map(run -> String.format(Locale.ROOT, "%.0f", run.wrk().requestsPerSecond()))
                .collect(Collectors.joining(" / "));
        String failures = runs.stream().mapToLong(run -> run.wrk().failures()).sum() > 0
                ? "  non-2xx: " + runs.stream().mapToLong(run -> run.wrk().failures()).sum() : "";
        String errors = runs.stream().map(run -> run.wrk().socketErrors()).filter(text -> !text.isEmpty())
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "%-34s %9.0f  %7.2f ms  %7.2f ms  %7.1f us   (%s)", label,
                median.wrk().requestsPerSecond(), median.wrk().p50(), median.wrk().p99(), median.cpuMicrosPerRequest(), all)
                + failures + (errors.isEmpty() ? "" : "  socket errors: " + errors);
    }

    private Duration cpu() {
        return pids.stream().flatMap(pid -> ProcessHandle.of(pid).stream())
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .map(each -> each.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}

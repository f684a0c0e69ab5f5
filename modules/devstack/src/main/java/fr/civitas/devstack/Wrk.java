package fr.civitas.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Loads a server with wrk, every connection going round the same list of paths, and reads its report. */
final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern LATENCY = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

    /** What one run measured; latencies in milliseconds. */
    record Result(long requests, double requestsPerSecond, double p50, double p99, long failures, String socketErrors) {
    }

    private final Path script;
    private final int threads;
    private final int connections;
    private final List<String> headers;

    private Wrk(Path script, int threads, int connections, List<String> headers) {
        this.script = script;
        this.threads = threads;
        this.connections = connections;
        this.headers = headers;
    }

    /**
     * Writes the Lua script, {@code folder/name.lua}, that spreads the requests over the paths, in
     * order, round and round.
     */
    static Wrk over(String name, List<String> paths, Path folder, int threads, int connections) {
        String list = paths.stream().map(path -> "  \"" + path + "\"").collect(Collectors.joining(",\n"));
        String lua = """
                local paths = {
                %s
                }
                local index = 0
                request = function()
                  index = index %% #paths + 1
                  return wrk.format("GET", paths[index])
                end
                """.formatted(list);
        try {
            Files.createDirectories(folder);
            Path script = folder.resolve(name + ".lua");
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            return new Wrk(script, threads, connections, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same load with one more header on every request, e.g. "Cookie: civitas_session=…". */
    Wrk withHeader(String header) {
        List<String> more = new java.util.ArrayList<>(headers);
        more.add(header);
        return new Wrk(script, threads, connections, List.copyOf(more));
    }

    int connections() {
        return connections;
    }

    Result run(URI server, Duration duration) {
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency", "-s", script.toString()));
        headers.forEach(header -> command.addAll(List.of("-H", header)));
        command.add(server.toString());
        return parse(execute(command));
    }

    static Result parse(String report) {
        Matcher rate = REQUESTS_PER_SECOND.matcher(report);
        Matcher requests = REQUESTS.matcher(report);
        if (!rate.find() || !requests.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's report:\n" + report);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher latency = LATENCY.matcher(report);
        while (latency.find()) {
            double millis = millis(Double.parseDouble(latency.group(2)), latency.group(3));
            if (latency.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        if (Double.isNaN(p50) || Double.isNaN(p99)) {
            throw new IllegalStateException("no latency distribution in wrk's report (--latency?):\n" + report);
        }
        Matcher failures = NON_2XX.matcher(report);
        Matcher errors = SOCKET_ERRORS.matcher(report);
        return new Result(Long.parseLong(requests.group(1)), Double.parseDouble(rate.group(1)), p50, p99,
                failures.find() ? Long.parseLong(failures.group(1)) : 0,
                errors.find() ? errors.group(1).strip() : "");
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static String execute(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}

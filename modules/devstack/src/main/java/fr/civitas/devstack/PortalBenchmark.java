package fr.civitas.devstack;

import fr.civitas.testkit.PlatformClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * bench/portal: onboards 100 councils on a fresh stack, then loads the home page and a news page
 * of each, as an anonymous visitor, with wrk on loopback; and the same pages, copied byte for byte,
 * served by nginx as static files. Prints requests/s, p50 and p99 of both and the ratio.
 */
public final class PortalBenchmark {

    private static final int TENANTS = 100;
    /** In the starter content of both templates. */
    private static final String NEWS = "nouveau-portail-en-ligne";
    private static final int WRK_THREADS = 2;
    private static final int CONNECTIONS = 64;
    /** Under 60 s, the JIT was still lowering the CPU a request costs. */
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final double TARGET_RATIO = 0.5;
    private static final double TARGET_P99_MS = 50;
    /** The answer's headers that are the same for every page, given to nginx too so both send as much. */
    private static final List<String> SHARED_HEADERS = List.of("Cache-Control", "Vary", "Content-Security-Policy",
            "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Permissions-Policy");

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("civitas.root"));
        Path data = root.resolve("modules/devstack/target/bench-portal");
        OnboardingBenchmark.deleteRecursively(data);
        try (LocalStack stack = LocalStack.fromSystemProperties(data)) {
            PlatformClient platform = stack.start(0);
            List<String> slugs = new ArrayList<>();
            for (int i = 1; i <= TENANTS; i++) {
                slugs.add(onboard(platform, i));
            }
            System.out.printf("%d councils onboarded%n", slugs.size());
            URI civitas = URI.create("http://127.0.0.1:" + stack.httpPort());
            List<String> paths = slugs.stream()
                    .flatMap(slug -> List.of("/t/" + slug + "/", "/t/" + slug + "/actualites/" + NEWS).stream())
                    .toList();
            Path nginxHome = data.resolve("nginx");
            Map<String, String> headers = copyPages(civitas, paths, Nginx.root(nginxHome));
            Wrk wrk = Wrk.over(paths, data, WRK_THREADS, CONNECTIONS);
            try (Nginx nginx = Nginx.serving(nginxHome, headers)) {
                System.out.printf("warming Liberty up for %d s…%n", WARM_UP.toSeconds());
                wrk.run(civitas, WARM_UP);
                System.out.printf("loading each for %d s (wrk -t%d -c%d, %d paths, %d cores)…%n",
                        RUN.toSeconds(), WRK_THREADS, CONNECTIONS, paths.size(), Runtime.getRuntime().availableProcessors());
                Run onLiberty = Run.of(wrk, civitas, stack.libertyPid());
                Run onNginx = Run.of(wrk, nginx.url(), nginx.pid());
                report(onLiberty, onNginx);
            }
        }
    }

    /** What wrk saw, and the CPU the server spent per request meanwhile (its own and its children's). */
    private record Run(Wrk.Result wrk, double cpuMicrosPerRequest) {

        static Run of(Wrk wrk, URI server, long pid) {
            Duration before = cpu(pid);
            Wrk.Result result = wrk.run(server, RUN);
            return new Run(result, (cpu(pid).minus(before).toNanos() / 1000.0) / result.requests());
        }

        private static Duration cpu(long pid) {
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            return Stream.concat(Stream.of(process), process.descendants())
                    .map(each -> each.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus);
        }

        String row() {
            return String.format(Locale.ROOT, "%10.0f  %8.2f ms  %8.2f ms  %6.1f us", wrk.requestsPerSecond(), wrk.p50(),
                    wrk.p99(), cpuMicrosPerRequest) + failures();
        }

        private String failures() {
            String failures = wrk.failures() > 0 ? "  non-2xx: " + wrk.failures() : "";
            return failures + (wrk.socketErrors().isEmpty() ? "" : "  socket errors: " + wrk.socketErrors());
        }
    }

    private static String onboard(PlatformClient platform, int i) {
        String slug = String.format(Locale.ROOT, "bench-%04d", i);
        // half communes, a tenth départements, the rest intercommunalités (commune template too)
        String kind = i % 10 == 0 ? "departement" : i % 2 == 1 ? "commune" : "epci";
        String request = """
                {"slug":"%s","name":"Collectivité de banc d'essai %d","kind":"%s","template":"%s",
                 "domains":["%s.bench.test"]}""".formatted(slug, i, kind, kind.equals("departement") ? "departement" : "commune", slug);
        HttpResponse<String> response = platform.operatorPost("/api/platform/tenants", request);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("onboarding " + slug + " answered " + response.statusCode() + ": " + response.body());
        }
        return slug;
    }

    /** Fetches every page as an anonymous visitor into the folder nginx serves; answers the headers to mirror. */
    private static Map<String, String> copyPages(URI server, List<String> paths, Path www) throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, String> headers = new LinkedHashMap<>();
        long bytes = 0;
        for (String path : paths) {
            HttpResponse<byte[]> page = get(http, server.resolve(path));
            Path file = www.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""));
            Files.createDirectories(file.getParent());
            Files.write(file, page.body());
            bytes += page.body().length;
            for (String name : SHARED_HEADERS) {
                page.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
            }
        }
        System.out.printf("%d pages copied for nginx, %d bytes on average%n", paths.size(), bytes / paths.size());
        return headers;
    }

    private static HttpResponse<byte[]> get(HttpClient http, URI page) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void report(Run civitas, Run nginx) {
        double ratio = civitas.wrk().requestsPerSecond() / nginx.wrk().requestsPerSecond();
        System.out.println();
        System.out.println("                  requests/s       p50          p99    CPU/request");
        System.out.println("Civitas (Liberty) " + civitas.row());
        System.out.println("nginx (static)    " + nginx.row());
        System.out.printf(Locale.ROOT, "ratio Civitas/nginx: %.2f (target >= %.1f: %s)%n", ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "Civitas p99: %.2f ms (target < %.0f ms: %s)%n", civitas.wrk().p99(), TARGET_P99_MS,
                civitas.wrk().p99() < TARGET_P99_MS ? "met" : "MISSED");
    }
}

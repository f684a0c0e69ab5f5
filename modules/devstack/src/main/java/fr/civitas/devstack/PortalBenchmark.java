package fr.civitas.devstack;

import fr.civitas.testkit.CachingProxy;
import fr.civitas.testkit.PlatformClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bench/portal: onboards 100 councils on a fresh stack and loads their home page and a news page
 * (200 addresses) as an anonymous visitor with wrk on loopback, served four ways in the same run:
 * nginx serving the pages as static files, Liberty serving them as static files of a WAR (the
 * server's floor), Civitas directly, and Civitas through the production caching proxy
 * (docker/proxy/civitas.conf). Then, for one council, its anonymous home page, its theme
 * stylesheet without and with a session cookie, and a logged-in citizen's /espace. Every figure
 * is the median of three runs. Prints figures and ratios; asserts nothing.
 */
public final class PortalBenchmark {

    /** CIVITAS_BENCH_COUNCILS overrides it, for a quick check of the benchmark itself. */
    private static final int TENANTS = Integer.parseInt(System.getenv().getOrDefault("CIVITAS_BENCH_COUNCILS", "100"));
    /** In the starter content of both templates. */
    private static final String NEWS = "nouveau-portail-en-ligne";
    private static final int WRK_THREADS = 2;
    private static final int CONNECTIONS = 64;
    private static final int PERSONAL_CONNECTIONS = 32;
    private static final int ROUNDS = 3;
    /** Under 60 s, the JIT was still lowering the CPU a request costs. */
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration SHORT_WARM_UP = Duration.ofSeconds(10);
    private static final Duration RUN = Duration.ofSeconds(15);
    private static final Duration PERSONAL_RUN = Duration.ofSeconds(10);
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
            Path nginxHome = data.resolve("nginx");
            Map<String, String> headers = copyPages(civitas, slugs, Nginx.root(nginxHome), StaticWar.staging(data));
            StaticWar.deploy(StaticWar.staging(data), stack.serverDir(), civitas, "/t/" + slugs.get(0) + "/index.html");
            try (Nginx nginx = Nginx.serving(nginxHome, headers);
                 CachingProxy proxy = CachingProxy.start(root.resolve("docker/proxy/civitas.conf"), data.resolve("proxy"),
                         civitas, stack.keycloak().url())) {
                List<LoadTarget> pages = pages(data, slugs, civitas, nginx, proxy, stack.libertyPid());
                List<LoadTarget> personal = personal(data, stack, slugs.get(0), civitas);
                report(root, slugs.size(), pages, personal);
            }
        }
    }

    private static List<LoadTarget> pages(Path data, List<String> slugs, URI civitas, Nginx nginx, CachingProxy proxy,
                                          long liberty) {
        List<String> paths = slugs.stream()
                .flatMap(slug -> List.of("/t/" + slug + "/", "/t/" + slug + "/actualites/" + NEWS).stream()).toList();
        List<String> staticPaths = slugs.stream().flatMap(slug -> List.of(StaticWar.CONTEXT + "/t/" + slug + "/index.html",
                StaticWar.CONTEXT + "/t/" + slug + "/actualites/" + NEWS + ".html").stream()).map(path -> "/" + path).toList();
        Wrk load = Wrk.over("pages", paths, data, WRK_THREADS, CONNECTIONS);
        LoadTarget onNginx = new LoadTarget("nginx, static files", nginx.url(), load, List.of(nginx.pid()));
        LoadTarget onLibertyStatic = new LoadTarget("Liberty, static files of a WAR", civitas,
                Wrk.over("static-war", staticPaths, data, WRK_THREADS, CONNECTIONS), List.of(liberty));
        LoadTarget direct = new LoadTarget("Civitas, direct", civitas, load, List.of(liberty));
        LoadTarget proxied = new LoadTarget("Civitas, through the caching proxy", proxy.url(), load,
                List.of(proxy.pid(), liberty));
        System.out.printf("warming Liberty up for %d s…%n", WARM_UP.toSeconds());
        direct.warmUp(WARM_UP);
        onLibertyStatic.warmUp(SHORT_WARM_UP);
        proxied.warmUp(SHORT_WARM_UP);
        onNginx.warmUp(SHORT_WARM_UP);
        System.out.println("the proxy answers " + paths.get(0) + " with X-Cache-Status: "
                + get(proxy.url().resolve(paths.get(0)), null).headers().firstValue("X-Cache-Status").orElse("(none)"));
        List<LoadTarget> targets = List.of(onNginx, onLibertyStatic, direct, proxied);
        measure(targets, RUN, "%d paths, wrk -t%d -c%d".formatted(paths.size(), WRK_THREADS, CONNECTIONS));
        return targets;
    }

    private static List<LoadTarget> personal(Path data, LocalStack stack, String slug, URI civitas) {
        DemoPeople.ensure(stack.keycloak(), slug);
        String session = PortalLogin.session(URI.create("http://localhost:" + stack.httpPort()), slug, "usager-" + slug,
                DemoPeople.PASSWORD);
        String cookie = "Cookie: " + PortalLogin.SESSION_COOKIE + "=" + session;
        String space = "/t/" + slug + "/espace";
        HttpResponse<byte[]> check = get(civitas.resolve(space), cookie);
        if (check.statusCode() != 200) {
            throw new IllegalStateException(space + " with the session cookie answered " + check.statusCode());
        }
        String stylesheet = "/t/" + slug + "/theme/portail.css";
        List<Long> liberty = List.of(stack.libertyPid());
        List<Long> withKeycloak = List.of(stack.libertyPid(), stack.keycloakPid());
        Wrk css = Wrk.over("stylesheet", List.of(stylesheet), data, WRK_THREADS, PERSONAL_CONNECTIONS);
        List<LoadTarget> targets = List.of(
                new LoadTarget("anonymous home page, direct", civitas,
                        Wrk.over("home", List.of("/t/" + slug + "/"), data, WRK_THREADS, PERSONAL_CONNECTIONS), liberty),
                new LoadTarget("stylesheet, no cookie", civitas, css, liberty),
                new LoadTarget("stylesheet, session cookie", civitas, css.withHeader(cookie), withKeycloak),
                new LoadTarget("/espace, logged in", civitas,
                        Wrk.over("espace", List.of(space), data, WRK_THREADS, PERSONAL_CONNECTIONS).withHeader(cookie),
                        withKeycloak));
        targets.forEach(target -> target.warmUp(SHORT_WARM_UP));
        measure(targets, PERSONAL_RUN, "council %s, one address each, wrk -t%d -c%d".formatted(slug, WRK_THREADS,
                PERSONAL_CONNECTIONS));
        return targets;
    }

    /** Each target in turn, {@link #ROUNDS} times, so that a disturbance of the machine hits them alike. */
    private static void measure(List<LoadTarget> targets, Duration run, String what) {
        System.out.printf("loading each for %d s, %d rounds (%s, %d cores)…%n", run.toSeconds(), ROUNDS, what,
                Runtime.getRuntime().availableProcessors());
        for (int round = 0; round < ROUNDS; round++) {
            targets.forEach(target -> target.measure(run));
        }
    }

    private static void report(Path root, int councils, List<LoadTarget> pages, List<LoadTarget> personal) {
        System.out.println();
        System.out.printf("bench/portal at %s, %d councils, %d cores; median of %d runs (each run's requests/s in brackets)%n",
                commit(root), councils, Runtime.getRuntime().availableProcessors(), ROUNDS);
        String heading = String.format(Locale.ROOT, "%-34s %9s  %10s  %10s  %10s", "", "requests/s", "p50", "p99",
                "CPU/request");
        System.out.println(heading);
        pages.forEach(target -> System.out.println(target.row()));
        ratio("proxy/nginx", pages.get(3), pages.get(0), 0.8);
        ratio("app/liberty-static", pages.get(2), pages.get(1), 0.9);
        System.out.println();
        System.out.println(heading);
        personal.forEach(target -> System.out.println(target.row()));
        ratio("stylesheet/anonymous home", personal.get(1), personal.get(0), 0.8);
        ratio("stylesheet with cookie/without", personal.get(2), personal.get(1), 0.9);
        ratio("logged-in page/anonymous page (direct)", personal.get(3), personal.get(0), 0.3);
    }

    private static void ratio(String name, LoadTarget measured, LoadTarget reference, double target) {
        double ratio = measured.requestsPerSecond() / reference.requestsPerSecond();
        System.out.printf(Locale.ROOT, "ratio %s: %.2f (target >= %.1f: %s)%n", name, ratio, target,
                ratio >= target ? "met" : "MISSED");
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

    /**
     * Fetches every council's two pages as an anonymous visitor into the folder nginx serves and
     * into the static WAR's folder (as .html files there); answers the headers nginx must mirror.
     */
    private static Map<String, String> copyPages(URI server, List<String> slugs, Path www, Path war) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        long bytes = 0;
        for (String slug : slugs) {
            for (String[] page : List.of(new String[] {"/t/" + slug + "/", "index.html", "t/" + slug + "/index.html"},
                    new String[] {"/t/" + slug + "/actualites/" + NEWS, "", "t/" + slug + "/actualites/" + NEWS + ".html"})) {
                HttpResponse<byte[]> answer = get(server.resolve(page[0]), null);
                write(www.resolve(page[0].substring(1) + page[1]), answer.body());
                write(war.resolve(page[2]), answer.body());
                bytes += answer.body().length;
                for (String name : SHARED_HEADERS) {
                    answer.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
                }
            }
        }
        System.out.printf("%d pages copied for nginx and the static WAR, %d bytes on average%n", slugs.size() * 2,
                bytes / (slugs.size() * 2L));
        return headers;
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static HttpResponse<byte[]> get(URI page, String header) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30));
            if (header != null) {
                String[] pair = header.split(": ", 2);
                request.header(pair[0], pair[1]);
            }
            HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

    /** The commit measured, and whether the work tree differed from it. */
    private static String commit(Path root) {
        try {
            Process head = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "--short", "HEAD").start();
            String id = new String(head.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process status = new ProcessBuilder("git", "-C", root.toString(), "status", "--porcelain", "--untracked-files=no")
                    .start();
            boolean dirty = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
            return (id.isEmpty() ? "(no git)" : "commit " + id) + (dirty ? " + uncommitted changes" : "");
        } catch (IOException e) {
            return "(git not found)";
        }
    }
}

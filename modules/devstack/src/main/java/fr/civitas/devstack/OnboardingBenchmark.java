package fr.civitas.devstack;

import fr.civitas.testkit.PlatformClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * bench/onboarding: starts the stack on an empty database, onboards tenants one after the
 * other through the operators' API and prints the throughput, the median and p95 time of an
 * onboarding with 0, 100 and 200 tenants already on the platform, and the server's heap after.
 */
public final class OnboardingBenchmark {

    private static final int TENANTS = 200;
    private static final int WINDOW = 20;

    private OnboardingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("civitas.root"));
        Path data = root.resolve("modules/devstack/target/bench-onboarding");
        deleteRecursively(data);
        try (LocalStack stack = LocalStack.fromSystemProperties(data)) {
            PlatformClient platform = stack.start(0);
            List<Long> millis = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < TENANTS + WINDOW; i++) {
                millis.add(onboard(platform, i));
                if ((i + 1) % 50 == 0) {
                    System.out.printf("  %d tenants onboarded%n", i + 1);
                }
            }
            double minutes = (System.nanoTime() - start) / 60e9;
            System.out.println();
            System.out.printf(Locale.ROOT, "onboardings: %d in %.1f min = %.1f tenants/minute (one at a time)%n",
                    millis.size(), minutes, millis.size() / minutes);
            for (int existing : new int[] {0, 100, 200}) {
                List<Long> window = millis.subList(existing, existing + WINDOW);
                System.out.printf(Locale.ROOT, "with %3d tenants already: median %4d ms, p95 %4d ms (over %d onboardings)%n",
                        existing, percentile(window, 50), percentile(window, 95), WINDOW);
            }
            System.out.println("server heap after: " + Jvm.heapAfterFullGc(stack.libertyPid()));
        }
    }

    private static long onboard(PlatformClient platform, int i) {
        String slug = String.format(Locale.ROOT, "bench-%04d", i);
        String request = """
                {"slug":"%s","name":"Commune de banc d'essai %d","kind":"commune","template":"commune",
                 "domains":["%s.bench.test"]}""".formatted(slug, i, slug);
        long begin = System.nanoTime();
        HttpResponse<String> response = platform.operatorPost("/api/platform/tenants", request);
        long elapsed = (System.nanoTime() - begin) / 1_000_000;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("onboarding " + slug + " answered " + response.statusCode() + ": " + response.body());
        }
        return elapsed;
    }

    static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

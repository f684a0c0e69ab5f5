package fr.civitas.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads figures off another JVM of this machine with jcmd. */
final class Jvm {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private Jvm() {
    }

    /** Heap in use right after a full collection, for the JVM of the process or its child. */
    static String heapAfterFullGc(long pid) {
        long jvm = javaProcess(pid);
        jcmd(jvm, "GC.run");
        String info = jcmd(jvm, "GC.heap_info");
        Matcher used = USED.matcher(info);
        return used.find() ? (Long.parseLong(used.group(1)) / 1024) + " MiB used" : info.strip();
    }

    private static long javaProcess(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.flatMap(h -> h.info().command().filter(c -> c.endsWith("java")).map(c -> h.pid()))
                .or(() -> handle.flatMap(h -> h.descendants()
                        .filter(d -> d.info().command().map(c -> c.endsWith("java")).orElse(false))
                        .map(ProcessHandle::pid).findFirst()))
                .orElse(pid);
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

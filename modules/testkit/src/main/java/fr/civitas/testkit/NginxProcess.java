package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * This machine's nginx as a child process listening on one loopback port, with its configuration,
 * logs and temporary files in one folder of its own. The caller writes the http context.
 */
public final class NginxProcess implements AutoCloseable {

    private final Path home;
    private final int port;
    private Process process;

    private NginxProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Starts nginx with these directives of the http context (its servers included); waits until it listens. */
    public static NginxProcess start(Path home, int port, String httpContext) {
        NginxProcess nginx = new NginxProcess(home, port);
        nginx.run(httpContext);
        return nginx;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path home() {
        return home;
    }

    private void run(String httpContext) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "nginx-stop"));
        try {
            Files.createDirectories(home.resolve("temp"));
            Path config = home.resolve("nginx.conf");
            Files.writeString(config, mainConfig(httpContext), StandardCharsets.UTF_8);
            process = new ProcessBuilder(executable(), "-p", home.toString(), "-c", config.toString(),
                    "-e", home.resolve("error.log").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx (is it installed? apt-get install nginx)", e);
        }
        awaitListening(Duration.ofSeconds(10));
    }

    private String mainConfig(String httpContext) {
        Path temp = home.resolve("temp");
        return """
                daemon off;
                master_process on;
                worker_processes auto;
                pid %1$s;
                events {
                  worker_connections 4096;
                }
                http {
                  access_log off;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                %3$s
                }
                """.formatted(home.resolve("nginx.pid"), temp, httpContext);
    }

    private static String executable() {
        Path sbin = Path.of("/usr/sbin/nginx");
        return Files.isExecutable(sbin) ? sbin.toString() : "nginx";
    }

    private void awaitListening(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped; see " + home.resolve("error.log") + " and console.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("nginx does not listen on port " + port + " after " + patience);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package fr.civitas.devstack;

import fr.civitas.testkit.FreePorts;
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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An nginx of this machine serving a folder of files on a free loopback port, as a child process
 * with its configuration, logs and temporary files in one folder of its own.
 */
final class Nginx implements AutoCloseable {

    private final Path home;
    private final int port;
    private Process process;

    private Nginx(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Serves {@code home/www}, files without extension as HTML, with these headers on every answer. */
    static Nginx serving(Path home, Map<String, String> headers) {
        Nginx nginx = new Nginx(home, FreePorts.next());
        nginx.start(headers);
        return nginx;
    }

    static Path root(Path home) {
        return home.resolve("www");
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    private void start(Map<String, String> headers) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "nginx-stop"));
        try {
            Files.createDirectories(home.resolve("temp"));
            Path config = home.resolve("nginx.conf");
            Files.writeString(config, config(headers), StandardCharsets.UTF_8);
            process = new ProcessBuilder(executable(), "-p", home.toString(), "-c", config.toString(),
                    "-e", home.resolve("error.log").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("console.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx", e);
        }
        awaitListening(Duration.ofSeconds(10));
    }

    private String config(Map<String, String> headers) {
        String addHeaders = headers.entrySet().stream()
                .map(header -> "      add_header %s \"%s\" always;".formatted(header.getKey(), header.getValue()))
                .collect(Collectors.joining("\n"));
        Path temp = home.resolve("temp");
        return """
                daemon off;
                master_process on;
                worker_processes auto;
                pid %1$s;
                events {
                  worker_connections 1024;
                }
                http {
                  access_log off;
                  sendfile on;
                  tcp_nopush on;
                  keepalive_timeout 65;
                  keepalive_requests 1000000;
                  default_type "text/html; charset=utf-8";
                  types {}
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  server {
                    listen 127.0.0.1:%3$d;
                    root %4$s;
                    location / {
                %5$s
                    }
                  }
                }
                """.formatted(home.resolve("nginx.pid"), temp, port, root(home), addHeaders);
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
                LocalStack.sleep(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("nginx does not listen on port " + port + " after " + patience);
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

package fr.civitas.devstack;

import fr.civitas.testkit.FreePorts;
import fr.civitas.testkit.NginxProcess;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** An nginx of this machine serving a folder of files on a free loopback port. */
final class Nginx implements AutoCloseable {

    private final NginxProcess process;

    private Nginx(NginxProcess process) {
        this.process = process;
    }

    /** Serves {@code home/www}, files without extension as HTML, with these headers on every answer. */
    static Nginx serving(Path home, Map<String, String> headers) {
        String addHeaders = headers.entrySet().stream()
                .map(header -> "      add_header %s \"%s\" always;".formatted(header.getKey(), header.getValue()))
                .collect(Collectors.joining("\n"));
        int port = FreePorts.next();
        String http = """
                  sendfile on;
                  tcp_nopush on;
                  keepalive_timeout 65;
                  keepalive_requests 1000000;
                  default_type "text/html; charset=utf-8";
                  types {}
                  server {
                    listen 127.0.0.1:%1$d;
                    root %2$s;
                    location / {
                %3$s
                    }
                  }
                """.formatted(port, root(home), addHeaders);
        return new Nginx(NginxProcess.start(home, port, http));
    }

    static Path root(Path home) {
        return home.resolve("www");
    }

    URI url() {
        return process.url();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }
}

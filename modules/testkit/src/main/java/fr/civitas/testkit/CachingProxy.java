package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production reverse proxy, {@code docker/proxy/civitas.conf}, run by this machine's nginx in
 * front of a platform and a Keycloak on loopback, without TLS. Its {@code ${...}} names are filled
 * in as the nginx image fills them in from the environment.
 */
public final class CachingProxy implements AutoCloseable {

    /** How Keycloak is reached through the proxy: its server_name. */
    public static final String AUTH_HOST = "auth.localhost";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final NginxProcess nginx;

    private CachingProxy(NginxProcess nginx) {
        this.nginx = nginx;
    }

    /** Starts the proxy in {@code home} (emptied of its cache first) in front of these servers. */
    public static CachingProxy start(Path config, Path home, URI platform, URI keycloak) {
        int port = FreePorts.next();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("CIVITAS_PROXY_LISTEN", "127.0.0.1:" + port);
        values.put("CIVITAS_PROXY_CACHE_DIR", home.resolve("cache").toString());
        values.put("CIVITAS_PROXY_SNIPPETS", home.resolve("snippets").toString());
        values.put("CIVITAS_APP_UPSTREAM", hostAndPort(platform));
        values.put("CIVITAS_KEYCLOAK_UPSTREAM", hostAndPort(keycloak));
        values.put("CIVITAS_AUTH_HOST", AUTH_HOST);
        try {
            deleteRecursively(home.resolve("cache"));
            Files.createDirectories(home.resolve("snippets"));
            String site = render(Files.readString(config, StandardCharsets.UTF_8), values);
            // as in the nginx image's own nginx.conf, around the included site
            return new CachingProxy(NginxProcess.start(home, port, "  sendfile on;\n  keepalive_timeout 65;\n" + site));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the proxy's configuration " + config, e);
        }
    }

    /** Fills in every {@code ${NAME}}; a name without a value is an error, as nginx would choke on it. */
    public static String render(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + placeholder.group(1) + "} of the proxy's configuration");
            }
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(rendered).toString();
    }

    public URI url() {
        return nginx.url();
    }

    public long pid() {
        return nginx.pid();
    }

    @Override
    public void close() {
        nginx.close();
    }

    private static String hostAndPort(URI server) {
        String host = "localhost".equals(server.getHost()) ? "127.0.0.1" : server.getHost();
        return host + ":" + server.getPort();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

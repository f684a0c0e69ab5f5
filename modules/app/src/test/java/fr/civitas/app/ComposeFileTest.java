package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.civitas.testkit.CachingProxy;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml against what the application reads: no Docker engine runs here, so this is
 * what keeps the production path from starting a platform nobody can log in to. The settings it
 * must set are derived from the application's own sources (see {@link ApplicationSettings}).
 */
class ComposeFileTest {

    private static final String PLATFORM = "civitas";
    private static final String DATABASE = "postgres";
    private static final String KEYCLOAK = "keycloak";
    private static final String MAIL = "mail";
    private static final String PROXY = "proxy";
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)");

    private static Path root;
    private static ComposeFile compose;
    private static ApplicationSettings settings;
    private static Map<String, String> platform;

    @BeforeAll
    static void read() throws IOException {
        root = projectRoot();
        compose = ComposeFile.read(root.resolve("docker/compose.yaml"), exampleValues());
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.civitas");
        settings = ApplicationSettings.read(root, classes);
        platform = compose.environment(PLATFORM);
    }

    @Test
    void everySettingProductionMustSetIsSetOnThePlatform() {
        Set<String> required = settings.requiredInProduction();
        // positive control: the derivation finds what we know must be set
        assertTrue(required.containsAll(List.of("civitas.db.url", "civitas.db.password", "civitas.operators.bootstrap-secret",
                "civitas.identity.public-url", "civitas.identity.keycloak.url", "civitas.identity.keycloak.public-url",
                "civitas.identity.keycloak.admin-client-secret", "civitas.identity.smtp.host", "civitas.tenancy.exports-dir")),
                required.toString());
        Set<String> missing = new TreeSet<>();
        for (String key : required) {
            String value = platform.get(ApplicationSettings.environmentName(key));
            if (value == null || value.isBlank()) {
                missing.add(ApplicationSettings.environmentName(key) + " (" + key + ")");
            }
        }
        assertTrue(missing.isEmpty(), "the platform's service must set " + missing);
    }

    @Test
    void everyVariableSetOnThePlatformIsOneItReads() {
        Set<String> known = new TreeSet<>();
        settings.keys().forEach(key -> known.add(ApplicationSettings.environmentName(key)));
        Set<String> unknown = new TreeSet<>(platform.keySet());
        unknown.removeIf(name -> !name.startsWith("CIVITAS_") || known.contains(name));
        assertTrue(unknown.isEmpty(), "set but read by nothing (a typo?): " + unknown);
    }

    @Test
    void theServicesThePlatformCallsAreInTheFileAndAwaited() {
        Matcher jdbc = JDBC.matcher(platform.get("CIVITAS_DB_URL"));
        assertTrue(jdbc.matches(), platform.get("CIVITAS_DB_URL"));
        URI keycloak = URI.create(platform.get("CIVITAS_IDENTITY_KEYCLOAK_URL"));
        Map<String, String> calls = Map.of(DATABASE, jdbc.group(1), KEYCLOAK, keycloak.getHost(),
                MAIL, platform.getOrDefault("CIVITAS_IDENTITY_SMTP_HOST", "(unset)"));
        calls.forEach((service, host) -> {
            assertEquals(service, host, "the platform calls " + host + " for " + service);
            assertTrue(compose.services().contains(service), service);
            assertTrue(compose.dependsOn(PLATFORM).containsKey(service), "the platform waits for " + service);
        });
        assertEquals("5432", jdbc.group(2));
        assertEquals(8080, keycloak.getPort(), "Keycloak's HTTP port");
        assertEquals("587", platform.get("CIVITAS_IDENTITY_SMTP_PORT"), "the relay's submission port");
        assertEquals("service_completed_successfully", compose.dependsOn(PLATFORM).get("keycloak-init"),
                "the platform's Keycloak client exists before it starts");
    }

    @Test
    void browsersAndKeycloakSeeTheSameAddresses() {
        Map<String, String> keycloak = compose.environment(KEYCLOAK);
        URI publicUrl = URI.create(platform.get("CIVITAS_IDENTITY_PUBLIC_URL"));
        URI keycloakPublic = URI.create(platform.get("CIVITAS_IDENTITY_KEYCLOAK_PUBLIC_URL"));
        assertEquals("https", publicUrl.getScheme());
        assertEquals("https", keycloakPublic.getScheme());
        assertEquals(keycloakPublic.toString(), keycloak.get("KC_HOSTNAME"), "the issuer the platform expects");
        assertEquals(publicUrl.toString(), keycloak.get("CIVITAS_PUBLIC_URL"), "the login theme's stylesheets");
        assertEquals(keycloakPublic.getHost(), compose.environment(PROXY).get("CIVITAS_AUTH_HOST"), "served by the proxy");
        assertEquals("true", keycloak.get("KC_HEALTH_ENABLED"));
        assertEquals(List.of("start"), compose.service(KEYCLOAK).get("command"), "production mode");
        assertTrue(compose.service(KEYCLOAK).get("image").toString().endsWith(":26.7.3"));
        assertTrue(compose.volumes(KEYCLOAK).contains("../modules/identity/src/main/keycloak-theme/civitas:/opt/keycloak/themes/civitas:ro"),
                "the civitas login theme: " + compose.volumes(KEYCLOAK));
        assertTrue(Files.isRegularFile(root.resolve("modules/identity/src/main/keycloak-theme/civitas/login/theme.properties")));
        Map<String, String> init = compose.environment("keycloak-init");
        assertEquals(platform.get("CIVITAS_IDENTITY_KEYCLOAK_ADMIN_CLIENT_ID"), init.get("CLIENT_ID"));
        assertEquals(platform.get("CIVITAS_IDENTITY_KEYCLOAK_ADMIN_CLIENT_SECRET"), init.get("CLIENT_SECRET"));
    }

    @Test
    void thePlatformAndKeycloakHaveTheirOwnDatabaseRolesNotTheSuperuser() throws IOException {
        String superuser = compose.environment(DATABASE).getOrDefault("POSTGRES_USER", "postgres");
        String platformUser = platform.get("CIVITAS_DB_USER");
        Map<String, String> keycloak = compose.environment(KEYCLOAK);
        assertNotEquals(superuser, platformUser);
        assertNotEquals(superuser, keycloak.get("KC_DB_USERNAME"));
        assertNotEquals(platformUser, keycloak.get("KC_DB_USERNAME"));
        Matcher keycloakDatabase = JDBC.matcher(keycloak.get("KC_DB_URL"));
        assertTrue(keycloakDatabase.matches());
        assertEquals(DATABASE, keycloakDatabase.group(1));
        Matcher platformDatabase = JDBC.matcher(platform.get("CIVITAS_DB_URL"));
        assertTrue(platformDatabase.matches());
        assertNotEquals(platformDatabase.group(3), keycloakDatabase.group(3), "a database each");

        String initScript = compose.volumes(DATABASE).stream().filter(volume -> volume.contains(":/docker-entrypoint-initdb.d/"))
                .map(volume -> volume.split(":")[0]).findFirst().orElseThrow(() -> new AssertionError("no init script"));
        String roles = Files.readString(root.resolve("docker").resolve(initScript), StandardCharsets.UTF_8);
        for (String user : List.of(platformUser, keycloak.get("KC_DB_USERNAME"))) {
            assertTrue(roles.contains("create role " + user + " login nosuperuser"), user + " in " + initScript);
        }
        assertTrue(roles.contains("create database " + platformDatabase.group(3) + " owner " + platformUser));
        assertTrue(roles.contains("create database " + keycloakDatabase.group(3) + " owner " + keycloak.get("KC_DB_USERNAME")));
    }

    @Test
    void everyServiceRestartsAndReportsItsHealth() {
        Set<String> oneShots = new TreeSet<>();
        compose.services().forEach(service -> compose.dependsOn(service).forEach((other, condition) -> {
            if (condition.equals("service_completed_successfully")) {
                oneShots.add(other);
            }
        }));
        assertEquals(Set.of("keycloak-init"), oneShots);
        assertTrue(compose.services().containsAll(List.of(DATABASE, KEYCLOAK, MAIL, PLATFORM, PROXY)), compose.services().toString());
        for (String service : compose.services()) {
            Map<String, Object> definition = compose.service(service);
            if (oneShots.contains(service)) {
                assertTrue(String.valueOf(definition.get("restart")).startsWith("on-failure"), service + " runs once");
            } else {
                assertEquals("unless-stopped", definition.get("restart"), service);
                Object test = ComposeFile.map(definition.get("healthcheck")).get("test");
                assertTrue(test instanceof List<?> command && command.size() > 1, service + " has a health check");
            }
        }
    }

    @Test
    void secretsMustBeGivenAndAreListedInTheExample() throws IOException {
        String text = Files.readString(root.resolve("docker/compose.yaml"), StandardCharsets.UTF_8);
        for (String service : compose.services()) {
            compose.rawEnvironment(service).forEach((name, value) -> {
                if (name.matches(".*(PASSWORD|SECRET).*") && !name.startsWith("RELAYHOST")) {
                    assertTrue(value.matches("\\$\\{[A-Z0-9_]+:\\?[^}]+}"), service + " " + name + " must be given: " + value);
                }
            });
        }
        Set<String> undocumented = new TreeSet<>(ComposeFile.references(text, false));
        undocumented.removeAll(exampleValues().keySet());
        assertTrue(undocumented.isEmpty(), "not in docker/.env.example: " + undocumented);
    }

    @Test
    void offboardedCouncilsExportsAreOnAVolume() {
        String exports = platform.get("CIVITAS_TENANCY_EXPORTS_DIR");
        String volume = compose.volumes(PLATFORM).stream().filter(mount -> mount.split(":")[1].equals(exports))
                .map(mount -> mount.split(":")[0]).findFirst()
                .orElseThrow(() -> new AssertionError(exports + " is not a volume of the platform"));
        assertTrue(compose.namedVolumes().contains(volume), "a named volume, declared: " + volume);
    }

    @Test
    void theProxyServesThePlatformAndNeverStoresAPersonsPages() throws IOException {
        Map<String, String> proxy = compose.environment(PROXY);
        assertEquals(PLATFORM + ":" + serverXmlDefault("civitas.http.port"), proxy.get("CIVITAS_APP_UPSTREAM"));
        assertEquals(KEYCLOAK + ":8080", proxy.get("CIVITAS_KEYCLOAK_UPSTREAM"));
        assertTrue(compose.volumes(PROXY).contains("./proxy/civitas.conf:/etc/nginx/templates/default.conf.template:ro"),
                compose.volumes(PROXY).toString());
        String config = Files.readString(root.resolve("docker/proxy/civitas.conf"), StandardCharsets.UTF_8);
        CachingProxy.render(config, proxy);

        String cookieVariable = variableMapped(config, "http_cookie", sessionCookieName());
        String bearerVariable = variableMapped(config, "http_authorization", "");
        for (String directive : List.of("proxy_cache_bypass", "proxy_no_cache")) {
            String line = directiveLine(config, directive);
            assertTrue(line.contains("$" + cookieVariable) && line.contains("$" + bearerVariable), line);
        }
        assertTrue(directiveLine(config, "proxy_no_cache").contains("$upstream_http_set_cookie"));
        assertFalse(config.contains("proxy_ignore_headers"), "the platform's Cache-Control is honoured");
        for (String mount : compose.volumes(PROXY)) {
            String source = mount.split(":")[0];
            assertTrue(!source.startsWith("./") || source.equals("./tls") || Files.exists(root.resolve("docker").resolve(source)),
                    mount);
        }
    }

    /** The name of the map variable built from {@code $source} that a pattern naming {@code needle} sets. */
    private static String variableMapped(String config, String source, String needle) {
        Matcher map = Pattern.compile("map \\$" + source + " \\$(\\w+) \\{([^}]*)}").matcher(config);
        assertTrue(map.find(), "a map of $" + source);
        assertTrue(map.group(2).contains(needle), map.group(2));
        return map.group(1);
    }

    private static String directiveLine(String config, String directive) {
        return config.lines().map(String::strip).filter(line -> line.startsWith(directive + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + directive));
    }

    /** The platform's session cookie, as the identity module names it. */
    private static String sessionCookieName() {
        try {
            var field = Class.forName("fr.civitas.identity.web.Credentials").getDeclaredField("SESSION_COOKIE");
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("where is the session cookie's name now?", e);
        }
    }

    private static String serverXmlDefault(String variable) throws IOException {
        Matcher found = Pattern.compile("<variable name=\"" + Pattern.quote(variable) + "\" defaultValue=\"([^\"]*)\"")
                .matcher(Files.readString(root.resolve("liberty-config/server.xml"), StandardCharsets.UTF_8));
        assertTrue(found.find(), variable);
        return found.group(1);
    }

    /** docker/.env.example, a placeholder for each secret left blank there. */
    private static Map<String, String> exampleValues() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(projectRoot().resolve("docker/.env.example"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] pair = line.split("=", 2);
                boolean optional = pair[0].startsWith("CIVITAS_SMTP_RELAYHOST");
                values.put(pair[0], pair[1].isEmpty() && !optional ? "example-" + pair[0].toLowerCase() : pair[1]);
            }
        }
        return values;
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker/compose.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker/compose.yaml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

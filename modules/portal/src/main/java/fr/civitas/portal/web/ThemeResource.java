package fr.civitas.portal.web;

import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeRepository;
import fr.civitas.kernel.event.ContentChanged;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The council's stylesheets: the portal's base styles with the council's colours as CSS custom
 * properties, and the colours alone for Keycloak's shared login theme, so each council's login
 * pages wear its colours without a Keycloak restart.
 */
@Path("theme")
// one instance for all requests: the @Context field is RESTEasy's proxy to the current request
@ApplicationScoped
@PermitAll
public class ThemeResource {

    private static final String CSS = "text/css;charset=utf-8";
    private static final String FALLBACK_COLOUR = "#000091";
    private static final String BASE_CSS = read("/static/portail.css");
    /** Bounds how long another instance serves the colours of before a change. */
    private static final Duration KEEP = Duration.ofSeconds(10);

    /** A stylesheet ready to send: built once per council and kind, not on every request. */
    private record Built(byte[] css, EntityTag tag, Instant until) {
    }

    private final Map<String, Built> built = new ConcurrentHashMap<>();

    @Inject
    ThemeRepository themes;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Context
    Request request;

    @GET
    @Path("portail.css")
    @Produces(CSS)
    public Response portal() {
        return stylesheet("portail", () -> variables() + BASE_CSS);
    }

    @GET
    @Path("login.css")
    @Produces(CSS)
    public Response login() {
        return stylesheet("login", this::variables);
    }

    /** The council's colours changed: its stylesheets are built again on the next request. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        String prefix = change.council().slug() + "|";
        built.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private String variables() {
        String colour = themes.current().map(Theme::primaryColour).orElse(FALLBACK_COLOUR);
        // the colour was checked to be #rrggbb when stored: nothing else can reach the stylesheet
        return ":root {\n  --couleur-principale: " + colour + ";\n}\n";
    }

    private Response stylesheet(String kind, Supplier<String> css) {
        Instant now = clock.instant();
        Built sheet = built.compute(currentTenant.require().id().slug() + "|" + kind,
                (key, current) -> current != null && now.isBefore(current.until()) ? current : build(css.get(), now));
        // the address carries no version: browsers ask each time, and a 304 answers when unchanged
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(sheet.tag());
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(sheet.css());
        return answer.tag(sheet.tag()).cacheControl(cache).build();
    }

    private static Built build(String css, Instant now) {
        byte[] bytes = css.getBytes(StandardCharsets.UTF_8);
        return new Built(bytes, new EntityTag(Integer.toHexString(css.hashCode())), now.plus(KEEP));
    }

    private static String read(String resource) {
        try (InputStream in = ThemeResource.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

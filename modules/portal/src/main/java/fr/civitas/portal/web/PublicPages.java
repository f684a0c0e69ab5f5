package fr.civitas.portal.web;

import fr.civitas.kernel.event.ContentChanged;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How the portal answers a page: for anonymous visitors, a rendering kept a few seconds and
 * served with a validator (ETag) and a public cache policy; for logged-in people, a fresh
 * rendering that nobody may store. Every key starts with the council's slug and the domain and
 * path it is served under, and a council's entries are dropped as soon as a change to its
 * content is committed here (other instances within seconds).
 */
@ApplicationScoped
public class PublicPages {

    static final Duration KEEP = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 20_000;
    private static final int BROWSER_MAX_AGE = 60;

    /** Kept encoded: encoding the page again for every visitor was a fifth of the server's time. */
    private record Rendered(byte[] html, EntityTag tag, Instant until) {
    }

    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    public Response page(String key, Request request, SecurityContext security, Supplier<String> render) {
        if (security.getUserPrincipal() != null) {
            CacheControl noStore = new CacheControl();
            noStore.setNoStore(true);
            return Response.ok(render.get()).cacheControl(noStore).header("Vary", "Cookie").build();
        }
        // the same page reached by path prefix or by each of the council's domains has different links
        Rendered page = cached(currentTenant.require().id().slug() + "|" + currentTenant.domain().orElse("") + "|"
                + currentTenant.portalPath() + "|" + key, render);
        CacheControl publicly = new CacheControl();
        publicly.setMaxAge(BROWSER_MAX_AGE);
        publicly.setPrivate(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(page.tag());
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(page.html());
        return answer.tag(page.tag()).cacheControl(publicly).header("Vary", "Cookie").build();
    }

    /**
     * Forgets every rendering of the council once its change is committed: dropped before, a
     * visitor's request in between would cache the old content again for {@link #KEEP}.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        forget(change.council());
    }

    /** Forgets every rendering of the council. */
    public void forget(TenantId council) {
        String prefix = council.slug() + "|";
        rendered.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private Rendered cached(String key, Supplier<String> render) {
        Instant now = clock.instant();
        Rendered page = rendered.get(key);
        if (page == null || now.isAfter(page.until())) {
            byte[] html = render.get().getBytes(StandardCharsets.UTF_8);
            page = new Rendered(html, new EntityTag(digest(html)), now.plus(KEEP));
            if (rendered.size() >= MAX_ENTRIES) {
                rendered.clear();
            }
            rendered.put(key, page);
        }
        return page;
    }

    private static String digest(byte[] html) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(html);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

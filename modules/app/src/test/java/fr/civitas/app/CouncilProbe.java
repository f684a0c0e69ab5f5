package fr.civitas.app;

import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.domain.Sealing;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Deployed with the tests only: reaches a council's data through the server's own pool, under
 * JTA, as the platform's code does — rows of {@code login_attempt} keyed by a state the test
 * chooses, so that two councils can hold the same primary key.
 */
@Path("sonde")
@ApplicationScoped
@PermitAll
@Produces(MediaType.TEXT_PLAIN)
public class CouncilProbe {

    @Inject
    Work work;

    @Resource
    ManagedExecutorService executor;

    @PUT
    @Path("tentatives/{state}")
    public Response write(@PathParam("state") String state, String text) {
        try {
            work.write(state, text);
            return Response.status(201).entity("ecrit").build();
        } catch (RuntimeException e) {
            return Response.status(409).entity(describe(e)).build();
        }
    }

    @GET
    @Path("tentatives/{state}")
    public Response read(@PathParam("state") String state) {
        try {
            String nonce = work.read(state);
            return nonce == null ? Response.status(404).entity("absent").build() : Response.ok(nonce).build();
        } catch (RuntimeException e) {
            return Response.status(409).entity(describe(e)).build();
        }
    }

    /** The same read from a pooled thread to which no council was handed: refused. */
    @GET
    @Path("sans-collectivite/{state}")
    public Response readWithoutCouncil(@PathParam("state") String state) {
        try {
            String nonce = CompletableFuture.supplyAsync(() -> work.read(state), executor).join();
            return Response.ok("lu: " + nonce).build();
        } catch (RuntimeException e) {
            return Response.status(409).entity(describe(e)).build();
        }
    }

    @POST
    @Path("deux-unites")
    public Response bothUnits() {
        try {
            return Response.ok("accepte: " + work.bothUnits()).build();
        } catch (RuntimeException e) {
            return Response.status(409).entity(describe(e)).build();
        }
    }

    /** Every cause's class and message: the test looks for the one it expects. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    @ApplicationScoped
    @Transactional
    public static class Work {

        @PersistenceContext(unitName = "tenant")
        EntityManager council;

        @PersistenceContext(unitName = "platform")
        EntityManager platform;

        @Inject
        Sealing sealing;

        public void write(String state, String text) {
            council.persist(new LoginAttempt(state, text, "verificateur", "/", Instant.now(), sealing));
            council.flush();
        }

        public String read(String state) {
            LoginAttempt attempt = council.find(LoginAttempt.class, state);
            return attempt == null ? null : attempt.nonce(sealing);
        }

        public long bothUnits() {
            long attempts = council.createQuery("select count(a) from LoginAttempt a", Long.class).getSingleResult();
            long councils = platform.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
            return attempts + councils;
        }
    }
}

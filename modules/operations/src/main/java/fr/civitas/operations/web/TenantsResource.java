package fr.civitas.operations.web;

import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.application.AuditTrail;
import fr.civitas.tenancy.application.OnboardingOutcome;
import fr.civitas.tenancy.application.OnboardingRequest;
import fr.civitas.tenancy.application.TenantLifecycle;
import fr.civitas.tenancy.application.TenantOffboarding;
import fr.civitas.tenancy.application.TenantOnboarding;
import fr.civitas.tenancy.domain.JobStatus;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operators' API for the councils of the platform; operators of the operators' realm only. */
@Path("/api/platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CouncilRole.OPERATOR)
public class TenantsResource {

    @Inject
    TenantOnboarding onboarding;

    @Inject
    TenantLifecycle lifecycle;

    @Inject
    TenantOffboarding offboarding;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PublicAddress address;

    @Context
    SecurityContext security;

    /**
     * Onboards a council: 201 when it is new and open, 200 when the same request was already
     * made (the onboarding resumes if it had stopped), a problem document otherwise.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(InputStream body) {
        OnboardingRequest request = JsonBodies.read(body, OnboardingRequest.class);
        OnboardingOutcome outcome = onboarding.onboard(request, actor());
        return respond(outcome);
    }

    @GET
    public List<TenantState> list() {
        return directory.all().stream().map(this::state).toList();
    }

    @GET
    @Path("{slug}")
    public TenantState show(@PathParam("slug") String slug) {
        return state(existing(slug));
    }

    /** Resumes an onboarding (or a failed migration) after the last step it completed. */
    @POST
    @Path("{slug}/resume")
    public Response resume(@PathParam("slug") String slug) {
        return respond(onboarding.resume(existing(slug).id(), actor()));
    }

    /** The audit log of a council: who did what, and when. */
    @GET
    @Path("{slug}/audit")
    public List<AuditTrail.Line> audit(@PathParam("slug") String slug) {
        return auditTrail.of(existing(slug));
    }

    /** Offboards a council: its data is exported, then its realm and schema are deleted. */
    @DELETE
    @Path("{slug}")
    public Retired offboard(@PathParam("slug") String slug) {
        TenantOffboarding.Offboarded done = offboarding.offboard(existing(slug).id(), actor());
        return new Retired(state(done.tenant()), done.export().map(Object::toString).orElse(null));
    }

    /** A council that has left, and where its data was exported. */
    public record Retired(TenantState tenant, String export) {
    }

    @POST
    @Path("{slug}/suspend")
    public TenantState suspend(@PathParam("slug") String slug) {
        return state(lifecycle.suspend(existing(slug).id(), actor()));
    }

    @POST
    @Path("{slug}/reinstate")
    public TenantState reinstate(@PathParam("slug") String slug) {
        return state(lifecycle.reinstate(existing(slug).id(), actor()));
    }

    private String actor() {
        return "operator:" + security.getUserPrincipal().getName();
    }

    private Response respond(OnboardingOutcome outcome) {
        TenantState state = TenantState.of(outcome.tenant(), outcome.domains(), outcome.job());
        if (outcome.job().status() == JobStatus.FAILED) {
            throw onboardingFailed(state);
        }
        if (outcome.created()) {
            return Response.created(URI.create(address.platform() + "/api/platform/tenants/" + state.slug()))
                    .entity(state).build();
        }
        return Response.ok(state).build();
    }

    private static ProblemException onboardingFailed(TenantState state) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("tenant", state.slug());
        extensions.put("failedStep", state.provisioning().failedStep());
        extensions.put("resume", "/api/platform/tenants/" + state.slug() + "/resume");
        return new ProblemException(500, "onboarding-failed", OperationsTexts.get("ouverture.echec"),
                OperationsTexts.get("ouverture.echec.detail", state.slug(), state.provisioning().failedStep()),
                extensions);
    }

    private Tenant existing(String slug) {
        if (!TenantId.isWellFormed(slug)) {
            throw unknown(slug);
        }
        return directory.find(TenantId.of(slug)).orElseThrow(() -> unknown(slug));
    }

    private TenantState state(Tenant tenant) {
        return TenantState.of(tenant, directory.hostsOf(tenant.id()), directory.jobOf(tenant.id()).orElse(null));
    }

    static ProblemException unknown(String slug) {
        return ProblemException.notFound("tenant-unknown", OperationsTexts.get("collectivite.inconnue", slug));
    }
}

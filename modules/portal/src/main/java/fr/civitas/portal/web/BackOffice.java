package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.identity.spi.FormTokens;
import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.application.PortalTexts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What every back-office screen shares: who acts, the form token, answers after a form. */
final class BackOffice {

    /** Success messages a screen may show after a redirect; anything else in the URL is ignored. */
    private static final Set<String> MESSAGES = Set.of("enregistre", "publie", "depublie", "supprime", "ajoute");

    private BackOffice() {
    }

    static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    /** Refuses a form that does not carry this browser's token. */
    static void requireToken(FormTokens tokens, String submitted) {
        if (!tokens.accepts(submitted)) {
            throw new ProblemException(403, "form-expired", PortalTexts.get("gestion.formulaire-refuse"),
                    PortalTexts.get("formulaire.expire"));
        }
    }

    /** The model every back-office view gets: the form token and the message to show. */
    static Map<String, Object> model(FormTokens tokens, String message, Object... pairs) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", tokens.current());
        model.put("message", message != null && MESSAGES.contains(message) ? PortalTexts.get("gestion.message." + message) : "");
        for (int i = 0; i < pairs.length; i += 2) {
            model.put((String) pairs[i], pairs[i + 1]);
        }
        return model;
    }

    /** Back to a screen after a form, with its message; an absolute address never taken from the Host header. */
    static Response after(PublicAddress address, String path, String message) {
        return Response.seeOther(UriBuilder.fromUri(address.portal(path)).queryParam("message", message).build())
                .cacheControl(PortalResource.noStore()).build();
    }

    /** A form sent back with French errors next to its fields; nothing was saved. */
    static Response invalid(String html) {
        return Response.status(422).entity(html).cacheControl(PortalResource.noStore()).build();
    }

    /** A form sent back as typed because someone else saved the same content meanwhile; nothing was saved. */
    static Response conflict(String html) {
        return Response.status(409).entity(html).cacheControl(PortalResource.noStore()).build();
    }

    static Response screen(String html) {
        return Response.ok(html).cacheControl(PortalResource.noStore()).build();
    }

    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("content-unknown", PortalTexts.get("erreur.page-introuvable"));
        }
    }
}

package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.application.PortalTexts;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * An upload the multipart reader cannot split into parts (a header line over its limit, as a file
 * name of thousands of characters makes, a body cut short) is the sender's fault: a French 400,
 * not an unexpected failure. A file name short enough to be read is checked like any field.
 */
@Provider
public class UnreadableUploads implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !"multipart".equalsIgnoreCase(context.getMediaType().getType())) {
            return context.proceed();
        }
        try {
            return context.proceed();
        } catch (IOException | RuntimeException unreadable) {
            throw ProblemException.badRequest("upload-unreadable", PortalTexts.get("medias.envoi-illisible"));
        }
    }
}

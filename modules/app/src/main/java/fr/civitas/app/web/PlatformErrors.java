package fr.civitas.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's error page for whatever Liberty answers itself inside the application: a
 * request it refuses before any filter (an encoded dot, slash or backslash in the path: Servlet
 * 6.0's suspicious URIs), or an error it is left to report. Mapped as the default error page in
 * web.xml; the same French page or problem document as every other error, never Liberty's page.
 */
@WebServlet(PlatformErrors.PATH)
public class PlatformErrors extends HttpServlet {

    static final String PATH = "/plateforme/erreur";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(status instanceof Integer code)) {
            ServletAnswers.error(request, response, PATH, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = originalPath(request);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (code >= 500) {
            ServletAnswers.incident(request, response, path, code, failure);
        } else {
            ServletAnswers.error(request, response, path, code);
        }
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "/" : uri.toString();
        String context = request.getContextPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }
}

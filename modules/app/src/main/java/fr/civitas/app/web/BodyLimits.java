package fr.civitas.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every request body is bounded before anything parses it: a declared length over the limit is
 * refused at once, and a body sent without one (chunked, or with a length that lies) is read up
 * to the limit and no further. 413 in French. Uploads ({@code multipart/form-data}) have the
 * images' limit and a margin, every other body {@code civitas.http.max-body-bytes}. A multipart
 * body without its boundary, which no part could be read from, is a 400 here too.
 */
public class BodyLimits extends HttpFilter {

    private long maxBody;
    private long maxUpload;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        var settings = ConfigProvider.getConfig();
        maxBody = settings.getOptionalValue("civitas.http.max-body-bytes", Long.class).orElse(256L * 1024);
        maxUpload = settings.getOptionalValue("civitas.http.max-upload-bytes", Long.class).orElse(2L * 1024 * 1024 + 64 * 1024);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/");
        if (multipart && !type.contains("boundary=")) {
            FilterAnswers.refuse(request, response, 400, "multipart-malformed", AppTexts.get("http.requete-invalide"),
                    AppTexts.get("requete.multipart-mal-forme"));
            return;
        }
        long limit = multipart ? maxUpload : maxBody;
        byte[] body = request.getContentLengthLong() > limit ? null : readAtMost(request.getInputStream(), limit);
        if (body == null) {
            FilterAnswers.refuse(request, response, 413, "body-too-large", AppTexts.get("corps.trop-grand"),
                    AppTexts.get("corps.trop-grand.detail", limit / 1024));
            // the rest of the body is not read: the connection cannot carry another request
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(new BufferedRequest(request, body, null), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The body, or null when it goes beyond {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) limit + 1);
        return body.length > limit ? null : body;
    }
}

package fr.civitas.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A refusal written by a servlet filter, before JAX-RS: a French page for browsers, a problem document for APIs. */
final class FilterAnswers {

    private FilterAnswers() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code, String title,
                       String detail) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.reset();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (ProblemRendering.wantsHtml(path, accepted(request.getHeader("Accept")))) {
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write(ErrorPage.html(status, title, detail));
        } else {
            response.setContentType(ProblemRendering.PROBLEM_JSON + ";charset=utf-8");
            response.getWriter().write(ProblemRendering.problemJson(status, code, title, detail, Map.of(), path));
        }
    }

    private static List<MediaType> accepted(String header) {
        List<MediaType> types = new ArrayList<>();
        if (header != null) {
            for (String part : header.split(",")) {
                try {
                    types.add(MediaType.valueOf(part.strip()));
                } catch (IllegalArgumentException unreadable) {
                    // an unreadable media range counts as none
                }
            }
        }
        return types;
    }
}

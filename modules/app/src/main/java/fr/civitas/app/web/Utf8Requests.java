package fr.civitas.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every page is UTF-8, so is every form, query string and JSON body, and malformed UTF-8 is
 * refused (400 in French) instead of being silently replaced by '�' and stored. Forms are
 * decoded here, from the body {@link BodyLimits} bounded (it must run first, in web.xml), and
 * before anything reads a parameter.
 */
public class Utf8Requests extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        Optional<Map<String, List<String>>> query = StrictUtf8.form(request.getQueryString(), true);
        if (query.isEmpty()) {
            refuse(request, response);
            return;
        }
        if (!(request instanceof BufferedRequest buffered)) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Optional<Map<String, List<String>>> form = StrictUtf8.decode(buffered.body())
                    .flatMap(text -> StrictUtf8.form(text, false));
            if (form.isEmpty()) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BufferedRequest(request, buffered.body(), parameters(query.get(), form.get())), response);
            return;
        }
        if (isJson(type) && StrictUtf8.decode(buffered.body()).isEmpty()) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(String type) {
        String essence = type.split(";")[0].strip();
        return essence.equals("application/json") || essence.endsWith("+json");
    }

    /** The request's parameters as the servlet API gives them: the query's first, then the form's. */
    private static Map<String, String[]> parameters(Map<String, List<String>> query, Map<String, List<String>> form) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        query.forEach((name, values) -> all.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values));
        form.forEach((name, values) -> all.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values));
        Map<String, String[]> parameters = new LinkedHashMap<>();
        all.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(parameters);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FilterAnswers.refuse(request, response, 400, "malformed-utf8", AppTexts.get("http.requete-invalide"),
                AppTexts.get("requete.mal-encodee"));
    }
}

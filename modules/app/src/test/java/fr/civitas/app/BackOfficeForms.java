package fr.civitas.app;

import fr.civitas.app.BackOfficeIT.Staff;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every form of a council's back-office, found as a person finds them: by following its links
 * from the dashboard, as a council admin. One form per kind (addresses alike but for an id).
 */
final class BackOfficeForms {

    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A form: the screen it is on, where it posts, its fields by name with their kind. */
    record Form(String screen, String action, boolean multipart, Map<String, String> fields) {

        /** The address with ids replaced: pages of the same kind have the same forms. */
        String kind() {
            return action.replaceAll(ID, "{id}") + (multipart ? " (multipart)" : "");
        }

        boolean creates() {
            return fields.containsKey("slug") || !action.matches(".*" + ID + ".*") && !fields.containsKey("version");
        }
    }

    private BackOfficeForms() {
    }

    static List<Form> crawl(Staff staff) {
        String root = "/t/" + staff.council + "/gestion";
        Deque<String> toVisit = new ArrayDeque<>(List.of(root));
        Set<String> seenScreens = new HashSet<>();
        Map<String, Form> forms = new LinkedHashMap<>();
        while (!toVisit.isEmpty()) {
            String screen = toVisit.poll();
            if (!seenScreens.add(screen.replaceAll(ID, "{id}"))) {
                continue;
            }
            Document page = Jsoup.parse(staff.browser.get(screen).body(), "http://localhost" + screen);
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href").replaceAll("[?#].*", "");
                if (href.startsWith(root) && !href.endsWith("/apercu")) {
                    toVisit.add(href);
                }
            }
            for (Element form : page.select("form[method=post]")) {
                Form found = describe(screen, form);
                if (found.action().startsWith(root)) {
                    forms.putIfAbsent(found.kind(), found);
                }
            }
        }
        return List.copyOf(forms.values());
    }

    private static Form describe(String screen, Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            fields.put(field.attr("name"), kindOf(field));
        }
        return new Form(screen, form.attr("action"), form.attr("enctype").equals("multipart/form-data"), fields);
    }

    private static String kindOf(Element field) {
        if (field.is("textarea") || field.is("select")) {
            return field.tagName();
        }
        String name = field.attr("name");
        if (name.equals("_csrf")) {
            return "token";
        }
        if (name.equals("version")) {
            return "version";
        }
        return field.attr("type").isEmpty() ? "text" : field.attr("type");
    }

    /** The form as the screen shows it now, ready to send back: every field with its value. */
    static Map<String, String> valuesOf(Staff staff, Form form) {
        Document page = Jsoup.parse(staff.browser.get(form.screen()).body());
        Element element = page.select("form[method=post]").stream()
                .filter(candidate -> candidate.attr("action").equals(form.action())).findFirst()
                .orElseThrow(() -> new AssertionError(form.action() + " is no longer on " + form.screen()));
        return EditConflictIT.formOf(element);
    }
}

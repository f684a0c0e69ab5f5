package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.net.http.HttpResponse;

/** Onboarding requests as an operator would write them. */
final class Tenants {

    private Tenants() {
    }

    static String commune(String slug, String name, String... domains) {
        return request(slug, name, "commune", "commune", null, domains);
    }

    static String request(String slug, String name, String kind, String template, String parent, String... domains) {
        StringBuilder json = new StringBuilder("{\"slug\":\"").append(slug).append("\",\"name\":\"").append(name)
                .append("\",\"kind\":\"").append(kind).append("\",\"template\":\"").append(template).append('"');
        if (parent != null) {
            json.append(",\"parent\":\"").append(parent).append('"');
        }
        json.append(",\"domains\":[");
        for (int i = 0; i < domains.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(domains[i]).append('"');
        }
        return json.append("]}").toString();
    }

    /** Onboards the council if it is not there yet, and checks it is open. */
    static void ensure(PlatformClient platform, String request) {
        HttpResponse<String> response = platform.operatorPost("/api/platform/tenants", request);
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.body());
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.LibertyTestStack;
import fr.civitas.testkit.OperatorTokens;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestKeycloak;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what: every route of the application, found by reflection in the WAR's resource
 * classes, called by every kind of caller, against the written table below. A route without a
 * row fails the test, and so does a row without a route.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /**
     * A row per route, a column per caller: anonymous; a citizen, an agent, an editor and a council
     * admin of council A; the same people of council B acting on A; an operator. A cell is what the
     * caller gets:
     * <ul>
     * <li>{@code ok}: 2xx, served;</li>
     * <li>{@code go}: a redirect elsewhere than to the login: done (back to a screen, or on to the
     * realm);</li>
     * <li>{@code login}: a redirect to the council's login page;</li>
     * <li>{@code 400}, {@code 401}, {@code 403}, {@code 404}: that status.</li>
     * </ul>
     * Council routes are called under {@code /t/A/} with the caller's session cookie, or bearer
     * token for its APIs ({@code /api/...}); the platform's routes at the root, with bearer tokens.
     * Forms carry the caller's own form token and valid fields: a refusal is the role's, never the
     * token's, and what is allowed is done for real (on council C for the operators' lifecycle).
     * Rows run in this order.
     */
    private static final String TABLE = """
            route                                              anon  citA  agtA  edA   admA  citB  agtB  edB   admB  oper
            GET    /                                           ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /pages/{slug}                               ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /actualites                                 ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /actualites/{slug}                          ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /actualites/rss.xml                         ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /demarches                                  ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /demarches/categorie/{slug}                 ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /demarches/{slug}                           ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /recherche                                  ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /sitemap.xml                                ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /robots.txt                                 ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /theme/portail.css                          ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /theme/login.css                            ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /medias/{id}                                ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /plateforme/civitas.css                     ok    ok    ok    ok    ok    ok    ok    ok    ok    401
            GET    /connexion                                  go    go    go    go    go    go    go    go    go    401
            GET    /connexion/retour                           400   400   400   400   400   400   400   400   400   401
            GET    /espace                                     login ok    ok    ok    ok    login login login login 401
            GET    /api/moi                                    401   ok    ok    ok    ok    401   401   401   401   401
            GET    /gestion                                    login 403   ok    ok    ok    login login login login 401
            GET    /gestion/pages                              401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/pages/nouvelle                     401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/pages/{id}                         401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/pages/{id}/apercu                  401   403   403   ok    ok    401   401   401   401   401
            POST   /gestion/pages                              401   403   403   go    go    401   401   401   401   401
            POST   /gestion/pages/{id}                         401   403   403   go    go    401   401   401   401   401
            POST   /gestion/pages/{id}/publier                 401   403   403   go    go    401   401   401   401   401
            POST   /gestion/pages/{id}/depublier               401   403   403   go    go    401   401   401   401   401
            POST   /gestion/pages/{id}/supprimer               401   403   403   go    go    401   401   401   401   401
            GET    /gestion/actualites                         401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/actualites/nouvelle                401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/actualites/{id}                    401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/actualites/{id}/apercu             401   403   403   ok    ok    401   401   401   401   401
            POST   /gestion/actualites                         401   403   403   go    go    401   401   401   401   401
            POST   /gestion/actualites/{id}                    401   403   403   go    go    401   401   401   401   401
            POST   /gestion/actualites/{id}/publier            401   403   403   go    go    401   401   401   401   401
            POST   /gestion/actualites/{id}/depublier          401   403   403   go    go    401   401   401   401   401
            POST   /gestion/actualites/{id}/supprimer          401   403   403   go    go    401   401   401   401   401
            GET    /gestion/demarches                          401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/demarches/nouvelle                 401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/demarches/{id}                     401   403   403   ok    ok    401   401   401   401   401
            GET    /gestion/demarches/{id}/apercu              401   403   403   ok    ok    401   401   401   401   401
            POST   /gestion/demarches                          401   403   403   go    go    401   401   401   401   401
            POST   /gestion/demarches/{id}                     401   403   403   go    go    401   401   401   401   401
            POST   /gestion/demarches/{id}/publier             401   403   403   go    go    401   401   401   401   401
            POST   /gestion/demarches/{id}/depublier           401   403   403   go    go    401   401   401   401   401
            POST   /gestion/demarches/{id}/supprimer           401   403   403   go    go    401   401   401   401   401
            GET    /gestion/medias                             401   403   403   ok    ok    401   401   401   401   401
            POST   /gestion/medias                             401   403   403   go    go    401   401   401   401   401
            POST   /gestion/medias/{id}/supprimer              401   403   403   go    go    401   401   401   401   401
            GET    /gestion/menu                               401   403   403   ok    ok    401   401   401   401   401
            POST   /gestion/menu                               401   403   403   go    go    401   401   401   401   401
            GET    /gestion/menu/{id}                          401   403   403   ok    ok    401   401   401   401   401
            POST   /gestion/menu/{id}                          401   403   403   go    go    401   401   401   401   401
            POST   /gestion/menu/{id}/supprimer                401   403   403   go    go    401   401   401   401   401
            GET    /gestion/theme                              401   403   403   403   ok    401   401   401   401   401
            POST   /gestion/theme                              401   403   403   403   go    401   401   401   401   401
            POST   /deconnexion                                go    go    go    go    go    go    go    go    go    401
            GET    /api/platform/tenants                       401   401   401   401   401   401   401   401   401   ok
            POST   /api/platform/tenants                       401   401   401   401   401   401   401   401   401   ok
            GET    /api/platform/tenants/{slug}                401   401   401   401   401   401   401   401   401   ok
            GET    /api/platform/tenants/{slug}/audit          401   401   401   401   401   401   401   401   401   ok
            POST   /api/platform/tenants/{slug}/resume         401   401   401   401   401   401   401   401   401   ok
            POST   /api/platform/tenants/{slug}/suspend        401   401   401   401   401   401   401   401   401   ok
            POST   /api/platform/tenants/{slug}/reinstate      401   401   401   401   401   401   401   401   401   ok
            POST   /api/platform/tenants/{slug}/erasures       401   401   401   401   401   401   401   401   401   ok
            DELETE /api/platform/tenants/{slug}                401   401   401   401   401   401   401   401   401   ok
            """;

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    @BeforeAll
    static void threeCouncilsWithTheirPeople() {
        PlatformClient platform = PlatformClient.forTestServer();
        for (String council : List.of(MatrixCalls.A, MatrixCalls.B, MatrixCalls.C)) {
            Tenants.ensure(platform, Tenants.commune(council, "Matrice " + council));
            People.ensure(council);
        }
    }

    @Test
    void everyRouteAnswersEachCallerAsTheTableSays() {
        Map<String, List<String>> table = parse(TABLE);
        SortedSet<String> routes = WarRoutes.of(Path.of(System.getProperty("civitas.test.war")));
        assertEquals(routes, new TreeSet<>(table.keySet()),
                "every route of the WAR has a row in the table, and every row is a route of the WAR");

        MatrixCalls calls = new MatrixCalls(platform, OperatorTokens.of(TestKeycloak.admin(),
                System.getProperty(LibertyTestStack.OPERATOR_SECRET)));
        List<String> mismatches = new ArrayList<>();
        List<String> storedRedirects = new ArrayList<>();
        Map<String, Map<Caller, String>> observed = new LinkedHashMap<>();
        table.forEach((route, expected) -> {
            Map<Caller, String> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                HttpResponse<String> answer = platform.send(calls.request(route, caller));
                String outcome = outcomeOf(answer);
                row.put(caller, outcome);
                if (!outcome.equals(expected.get(caller.ordinal()))) {
                    mismatches.add(route + " as " + caller.column + ": expected " + expected.get(caller.ordinal()) + ", got "
                            + answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("")
                            + abbreviated(answer.body()));
                }
                if (answer.statusCode() / 100 == 3 && !answer.headers().firstValue("Cache-Control").orElse("")
                        .matches(".*(no-store|private).*")) {
                    storedRedirects.add(route + " as " + caller.column);
                }
            }
            observed.put(route, row);
        });

        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches) + "\n\nobserved:\n" + render(observed));
        assertTrue(storedRedirects.isEmpty(), "redirects a shared cache may keep: " + storedRedirects);
    }

    /** What a caller got, in the table's words. */
    private static String outcomeOf(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status / 100 == 2) {
            return "ok";
        }
        if (status / 100 == 3) {
            return answer.headers().firstValue("Location").orElse("").contains("/connexion?retour=") ? "login" : "go";
        }
        return Integer.toString(status);
    }

    private static Map<String, List<String>> parse(String table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> lines = table.lines().filter(line -> !line.isBlank()).toList();
        List<String> columns = List.of(lines.get(0).strip().split("\\s+")).subList(1, Caller.values().length + 1);
        for (Caller caller : Caller.values()) {
            assertEquals(caller.column, columns.get(caller.ordinal()), "the table's columns are the callers, in order");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split("\\s+");
            assertEquals(2 + Caller.values().length, cells.length, "a cell for every caller: " + line);
            String route = cells[0] + " " + cells[1];
            assertTrue(rows.put(route, List.of(cells).subList(2, cells.length)) == null, "one row per route: " + route);
        }
        return rows;
    }

    private static String render(Map<String, Map<Caller, String>> observed) {
        StringBuilder out = new StringBuilder();
        observed.forEach((route, row) -> {
            out.append(String.format("%-50s", route));
            row.values().forEach(outcome -> out.append(String.format("%-6s", outcome)));
            out.append('\n');
        });
        return out.toString();
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.isEmpty() ? "" : " — " + (flat.length() > 160 ? flat.substring(0, 160) + "…" : flat);
    }

    /** The table's columns. */
    enum Caller {
        ANONYMOUS("anon", null, null),
        CITIZEN_A("citA", MatrixCalls.A, People::citizen),
        AGENT_A("agtA", MatrixCalls.A, People::agent),
        EDITOR_A("edA", MatrixCalls.A, People::editor),
        ADMIN_A("admA", MatrixCalls.A, People::admin),
        CITIZEN_B("citB", MatrixCalls.B, People::citizen),
        AGENT_B("agtB", MatrixCalls.B, People::agent),
        EDITOR_B("edB", MatrixCalls.B, People::editor),
        ADMIN_B("admB", MatrixCalls.B, People::admin),
        OPERATOR("oper", null, null);

        final String column;
        final String council;
        private final java.util.function.UnaryOperator<String> username;

        Caller(String column, String council, java.util.function.UnaryOperator<String> username) {
            this.column = column;
            this.council = council;
            this.username = username;
        }

        boolean personOfACouncil() {
            return council != null;
        }

        String username() {
            return username.apply(council);
        }
    }
}

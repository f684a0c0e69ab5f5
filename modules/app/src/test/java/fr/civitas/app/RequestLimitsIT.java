package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.app.BackOfficeIT.Staff;
import fr.civitas.testkit.PlatformClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies are bounded before anything parses them, whatever their length claims and
 * however they are sent; what is not UTF-8, or not a readable upload, is refused in French. Each
 * refusal beside the same request made acceptable.
 */
@ExtendWith(ArquillianExtension.class)
class RequestLimitsIT {

    private static final String COUNCIL = "loches";
    private static final int KIB = 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void aCouncilWithItsStaff() {
        Tenants.ensure(PlatformClient.forTestServer(), Tenants.commune(COUNCIL, "Ville de Loches"));
        People.ensure(COUNCIL);
    }

    private static Map<String, String> page(String slug, String body, String token) {
        return Map.of("_csrf", token, "slug", slug, "title", "Titre " + slug, "body", body, "kind", "STANDARD", "position", "1");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return encoded.toString();
    }

    @Test
    void aFormOverTheLimitIsRefusedInFrenchAndSavesNothing() {
        Staff editor = Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        String token = editor.token("/gestion/pages");

        HttpResponse<String> huge = editor.browser.post("/t/loches/gestion/pages", page("trop-grande", "<p>" + "x".repeat(300 * KIB)
                + "</p>", token));
        HttpResponse<String> chunked = editor.browser.postRaw("/t/loches/gestion/pages", "application/x-www-form-urlencoded",
                chunked(form(page("trop-grande-morcelee", "<p>" + "x".repeat(300 * KIB) + "</p>", token)).getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> fine = editor.browser.post("/t/loches/gestion/pages", page("juste-assez", "<p>" + "x".repeat(90 * KIB)
                + "</p>", token));

        assertEquals(413, huge.statusCode());
        assertTrue(Jsoup.parse(huge.body()).select("h1").text().contains("Envoi trop volumineux"), huge.body());
        assertEquals("fr", Jsoup.parse(huge.body()).selectFirst("html").attr("lang"));
        assertEquals(413, chunked.statusCode(), "a body without a length is stopped at the limit too");
        assertEquals(303, fine.statusCode(), fine.body());
        String pages = editor.get("/gestion/pages").body();
        assertFalse(pages.contains("trop-grande"), "nothing saved");
        assertTrue(pages.contains("juste-assez"));
    }

    @Test
    void theOperatorsApiAnswersAProblemDocument() {
        String huge = "{\"slug\":\"enorme\",\"name\":\"" + "x".repeat(300 * KIB) + "\"}";
        HttpResponse<String> chunked = platform.send(platform.request("/api/platform/tenants", "Accept", "application/json",
                "Content-Type", "application/json").POST(chunked(huge.getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> small = platform.send(platform.request("/api/platform/tenants", "Accept", "application/json",
                "Content-Type", "application/json").POST(chunked("{}".getBytes(StandardCharsets.UTF_8))));

        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals("Envoi trop volumineux", Json.object(chunked.body()).getString("title"));
        assertEquals(401, small.statusCode(), "a small chunked body goes on to the usual checks");
    }

    @Test
    void aLengthThatLiesIsNotBelieved() throws IOException {
        String session = Staff.logIn(platform, COUNCIL, People.editor(COUNCIL)).browser.cookie("civitas_session").orElseThrow();
        String claimsTooMuch = raw("POST /t/loches/gestion/pages HTTP/1.1\r\nHost: localhost\r\nCookie: civitas_session=" + session
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 900000000\r\nAccept: text/html\r\n\r\nslug=x",
                new byte[0]);
        assertTrue(claimsTooMuch.startsWith("HTTP/1.1 413"), claimsTooMuch);

        byte[] body = ("slug=menteuse&body=" + "x".repeat(300 * KIB)).getBytes(StandardCharsets.US_ASCII);
        String claimsTooLittle = raw("POST /t/loches/gestion/pages HTTP/1.1\r\nHost: localhost\r\nCookie: civitas_session=" + session
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n"
                + "Accept: text/html\r\nConnection: close\r\n\r\n", chunkedBytes(body));
        int status = Integer.parseInt(claimsTooLittle.substring(9, 12));
        assertTrue(status == 413 || status == 400, "refused, whichever header the server believes: " + claimsTooLittle);
        assertFalse(Staff.logIn(platform, COUNCIL, People.editor(COUNCIL)).get("/gestion/pages").body().contains("menteuse"));
    }

    @Test
    void uploadsHaveTheImagesLimitWithAMarginAndMustBeReadable() {
        Staff editor = Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        int images = Jsoup.parse(editor.get("/gestion/medias").body()).select("ul.grille li").size();

        HttpResponse<String> overTheMargin = editor.upload("enorme.png", Arrays.copyOf(Images.PNG, 3 * KIB * KIB), "Trop lourde");
        HttpResponse<String> withinTheMargin = editor.upload("lourde.png", Arrays.copyOf(Images.PNG, 2 * KIB * KIB + 1), "Lourde");
        HttpResponse<String> noBoundary = editor.browser.postRaw("/t/loches/gestion/medias", "multipart/form-data",
                HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nSans\r\n--x--\r\n"));
        HttpResponse<String> longName = editor.upload("n".repeat(300) + ".png", Images.PNG, "Nom trop long");
        HttpResponse<String> endlessName = editor.upload("n".repeat(5000) + ".png", Images.PNG, "Nom sans fin");
        HttpResponse<String> fine = editor.upload("blason.png", Images.PNG, "Blason de Cholet");

        assertEquals(413, overTheMargin.statusCode());
        assertEquals(422, withinTheMargin.statusCode(), "the images' own limit, next to the field");
        assertTrue(Jsoup.parse(withinTheMargin.body()).getElementById("file-erreur").text().contains("2 Mo"));
        assertEquals(400, noBoundary.statusCode(), noBoundary.body());
        assertTrue(noBoundary.body().contains("mal formé"), noBoundary.body());
        assertEquals(422, longName.statusCode(), longName.body());
        assertTrue(Jsoup.parse(longName.body()).getElementById("file-erreur").text().contains("200 caractères"));
        assertEquals(400, endlessName.statusCode(), "a header line longer than the multipart reader takes");
        assertTrue(Jsoup.parse(endlessName.body()).text().contains("nom du fichier est peut-être trop long"), endlessName.body());
        assertEquals(303, fine.statusCode(), fine.body());
        assertEquals(images + 1, Jsoup.parse(editor.get("/gestion/medias").body()).select("ul.grille li").size(), "the good one only");
    }

    @Test
    void malformedUtf8IsRefusedNeverReplaced() {
        Staff editor = Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        String token = editor.token("/gestion/pages");
        String wellFormed = "_csrf=" + token + "&slug=page-utf8&kind=STANDARD&position=1&body=%3Cp%3Ex%3C%2Fp%3E&title=F%C3%AAte";

        HttpResponse<String> latin1 = editor.browser.postRaw("/t/loches/gestion/pages", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(wellFormed.replace("F%C3%AAte", "F%EAte")));
        HttpResponse<String> rawByte = editor.browser.postRaw("/t/loches/gestion/pages", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofByteArray(concat(wellFormed.replace("F%C3%AAte", "F").getBytes(StandardCharsets.US_ASCII),
                        new byte[] {(byte) 0xEA, 't', 'e'})));
        HttpResponse<String> query = platform.get("/t/loches/recherche?q=%FF%FE", "Accept", "text/html");
        HttpResponse<String> json = platform.send(platform.request("/api/platform/tenants", "Accept", "application/json",
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                        new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', '}'})));

        assertEquals(400, latin1.statusCode(), latin1.body());
        assertTrue(latin1.body().contains("mal encodés"), latin1.body());
        assertEquals(400, rawByte.statusCode());
        assertEquals(400, query.statusCode());
        assertEquals(400, json.statusCode());
        assertTrue(Json.object(json.body()).getString("detail").contains("UTF-8"));
        assertFalse(editor.get("/gestion/pages").body().contains("page-utf8"), "nothing saved");

        assertEquals(200, platform.get("/t/loches/recherche?q=%C3%A9cole", "Accept", "text/html").statusCode());
        HttpResponse<String> fine = editor.browser.postRaw("/t/loches/gestion/pages", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(wellFormed));
        assertEquals(303, fine.statusCode(), fine.body());
        assertTrue(editor.get("/gestion/pages").body().contains("Fête"), "the same form, well encoded, is saved as typed");
    }

    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        // an input stream has no known length: HTTP/1.1 sends it chunked
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private static byte[] chunkedBytes(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 8192) {
            int length = Math.min(8192, body.length - offset);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Sends the request as written on one connection and reads the answer's head. */
    private String raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(platform.base().getHost(), platform.base().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading it all
            }
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(512);
            return new String(answer, StandardCharsets.ISO_8859_1);
        }
    }
}

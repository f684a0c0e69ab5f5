package fr.civitas.operations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.tenancy.application.OnboardingRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    private static OnboardingRequest read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static OnboardingRequest read(byte[] json) {
        return JsonBodies.read(new ByteArrayInputStream(json), OnboardingRequest.class);
    }

    @Test
    void aWellFormedRequestIsReadAsWritten() {
        OnboardingRequest request = read("""
                {"slug":"laval","name":"Ville de Laval","kind":"commune","template":"commune","parent":null,
                 "domains":["www.laval.fr"]}
                """);
        assertEquals(new OnboardingRequest("laval", "Ville de Laval", "commune", "commune", List.of("www.laval.fr"), null), request);
        assertEquals(new OnboardingRequest("laval", null, null, null, null, null), read("{\"slug\":\"laval\"}  \n"),
                "absent fields are null, white space after the object is nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"slug\":\"laval\"} junk", "{\"slug\":\"laval\"}{}", "{\"slug\":\"laval\"", "[\"laval\"]",
            "\"laval\"", "null", "{slug:\"laval\"}", "{\"slug\":\"laval\",}", "{\"domains\":[\"a\",]}"})
    void anythingButOneJsonObjectIsABadRequest(String json) {
        ProblemException refused = assertThrows(ProblemException.class, () -> read(json), json);
        assertEquals(400, refused.status(), json);
    }

    @Test
    void aKeyTwiceIsABadRequestAtAnyDepth() {
        ProblemException twice = assertThrows(ProblemException.class, () -> read("{\"slug\":\"laval\",\"slug\":\"autre\"}"));
        assertEquals(400, twice.status());
        assertTrue(twice.detail().contains("« slug »"), twice.detail());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> read("{\"domains\":[],\"x\":{\"a\":1,\"a\":2}}")).status());
    }

    @Test
    void wrongTypesAndUnknownFieldsAreFieldErrorsNeverCoerced() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> read("{\"slug\":true,\"name\":12,\"kind\":{},\"domains\":\"www.laval.fr\",\"template\":[\"commune\"],\"color\":\"x\"}"));
        assertEquals(422, refused.status());
        assertEquals(List.of("color", "slug", "name", "kind", "template", "domains").stream().sorted().toList(),
                refused.fieldErrors().keySet().stream().sorted().toList());
        assertTrue(refused.fieldErrors().get("slug").contains("chaîne de caractères"));
        assertEquals(422, assertThrows(InvalidInputException.class, () -> read("{\"domains\":[\"a\",3]}")).status());
    }

    @Test
    void malformedUtf8AndEmptyAndHugeBodiesAreBadRequests() {
        byte[] latin1 = "{\"name\":\"Ville de B\u00e9thune\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(400, assertThrows(ProblemException.class, () -> read(latin1)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> read(new byte[0])).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> read("{\"name\":\"" + "x".repeat(JsonBodies.MAX_BYTES) + "\"}")).status());
    }
}

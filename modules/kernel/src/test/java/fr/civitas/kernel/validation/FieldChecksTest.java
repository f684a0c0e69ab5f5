package fr.civitas.kernel.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldChecksTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Command(@NotBlank @Size(max = 10) @PlainText String title,
                   @Size(max = 100) @PlainText(multiline = true) String body,
                   @WholeNumber(min = 0, max = 9999) String position,
                   @CalendarDate String date,
                   @Pattern(regexp = "[a-z]+", message = "module.cle") String code,
                   @Size(max = 2) List<@NotBlank @Size(max = 5) String> tags) {
    }

    static Command valid() {
        return new Command("Titre", "Ligne 1\r\nLigne 2\tfin", "12", "2026-06-21", "abc", List.of("a", "b"));
    }

    static Map<String, String> errors(Command command) {
        return FieldChecks.errors(VALIDATOR, command, (key, args) -> "module:" + key + List.of(args));
    }

    @Test
    void aValidCommandHasNoError() {
        assertEquals(Map.of(), errors(valid()));
        assertEquals(Map.of(), errors(new Command("T", null, null, "", null, null)), "optional fields may be absent");
    }

    @Test
    void eachFieldGetsOneFrenchMessageInTheOrderOfTheRecord() {
        Map<String, String> errors = errors(new Command("  ", "x".repeat(101), "dix", "2026-13-01", "ABC",
                List.of("a", "b", "c")));

        assertEquals(List.of("title", "body", "position", "date", "code", "tags"), List.copyOf(errors.keySet()));
        assertEquals("Ce champ est obligatoire.", errors.get("title"));
        assertEquals("Ce champ ne doit pas dépasser 100 caractères.", errors.get("body"));
        assertTrue(errors.get("position").startsWith("Indiquez un nombre entier entre 0 et 9"), errors.get("position"));
        assertEquals("Indiquez une date réelle au format aaaa-mm-jj, entre les années 1900 et 2200.", errors.get("date"));
        assertEquals("module:module.cle[]", errors.get("code"), "an explicit message is the module's key");
        assertEquals("2 éléments au plus.", errors.get("tags"));
    }

    @Test
    void controlCharactersComeBeforeLength() {
        assertTrue(errors(new Command("a\u0000" + "b".repeat(20), null, null, null, null, null)).get("title")
                .contains("caractère invisible"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800", "x\udc00", "\uffff", "a\tb",
            "a\nb"})
    void singleLineTextRefusesControlCharactersAndBrokenUnicode(String text) {
        assertFalse(PlainTextValidator.isPlain(text, false), text);
    }

    @Test
    void plainTextAcceptsEveryLanguageAndEmojiAndMultilineTextItsLineBreaks() {
        assertTrue(PlainTextValidator.isPlain("Fête à Saint-Étienne — « 20 € » 😀 日本", false));
        assertTrue(PlainTextValidator.isPlain("ligne\r\nligne\tcolonne", true));
        assertFalse(PlainTextValidator.isPlain("ligne\u0000", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999-01-01", "+999999999-01-01", "1899-12-31", "2201-01-01", "2026-02-30", "21/06/2026",
            "2026-6-1", "2026-06-21T00:00"})
    void datesOutsideTheCalendarOrTheSaneRangeAreRefused(String date) {
        assertTrue(errors(new Command("T", null, null, date, null, null)).containsKey("date"), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2200-12-31", " 2026-06-21 "})
    void datesInTheRangeAreAccepted(String date) {
        assertFalse(errors(new Command("T", null, null, date, null, null)).containsKey("date"), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10000", "99999999999999999999", "1e3", "0x10", "١٢"})
    void numbersOutsideTheRangeOrNotWholeAreRefused(String number) {
        assertTrue(errors(new Command("T", null, number, null, null, null)).containsKey("position"), number);
    }

    @Test
    void listElementsAreCheckedUnderTheListsName() {
        assertEquals("Ce champ est obligatoire.", errors(new Command("T", null, null, null, null, List.of(" "))).get("tags"));
        assertEquals(Map.of(), errors(new Command("T", null, " 0 ", null, null, List.of("abcde"))));
    }
}

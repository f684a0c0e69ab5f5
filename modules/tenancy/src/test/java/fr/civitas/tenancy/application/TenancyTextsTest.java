package fr.civitas.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tenancy module's French texts: each one the code asks for is written, none is written for nothing. */
class TenancyTextsTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.tenancy", Locale.FRANCE);

    @Test
    void theBundleHoldsExactlyTheTextsTheCodeAsksFor() throws IOException {
        Set<String> asked = askedKeys();
        assertFalse(asked.isEmpty(), "the code asks TenancyTexts for its texts");
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(BUNDLE.keySet());
        assertEquals(Set.of(), missing, "texts the code asks for but nobody wrote");
        Set<String> unused = new TreeSet<>(BUNDLE.keySet());
        unused.removeAll(asked);
        assertEquals(Set.of(), unused, "texts nobody asks for");
    }

    @Test
    void everyTextReadsWell() {
        for (String key : BUNDLE.keySet()) {
            String text = BUNDLE.getString(key);
            assertFalse(text.isBlank(), key);
            if (text.contains("{")) {
                assertDoesNotThrow(() -> new MessageFormat(text, Locale.FRANCE), key);
                assertFalse(text.replace("''", "").contains("'"),
                        key + ": in a text with arguments, an apostrophe is written ''");
            }
        }
    }

    private static Set<String> askedKeys() throws IOException {
        Pattern call = Pattern.compile("TenancyTexts\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = call.matcher(Files.readString(source));
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        }
        return keys;
    }
}

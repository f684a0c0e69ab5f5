package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each module's French texts (the portal's are also asked for by its templates, and checked by
 * the pages' tests): every text the code asks for is written, none is written for nothing, and
 * each reads well once formatted.
 */
class TextBundlesTest {

    /** A module, the class its code asks for texts, and the prefix of keys it builds at run time. */
    record Bundle(String module, String textsClass, String builtKeys) {

        ResourceBundle texts() {
            return ResourceBundle.getBundle("i18n." + module, Locale.FRANCE);
        }

        @Override
        public String toString() {
            return module;
        }
    }

    static Stream<Bundle> bundles() {
        return Stream.of(new Bundle("kernel", "KernelTexts", "collectivite.type."),
                new Bundle("tenancy", "TenancyTexts", null),
                new Bundle("identity", "IdentityTexts", null),
                new Bundle("operations", "OperationsTexts", null),
                new Bundle("app", "AppTexts", null));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theBundleHoldsExactlyTheTextsTheCodeAsksFor(Bundle bundle) throws IOException {
        Set<String> asked = askedKeys(bundle);
        assertFalse(asked.isEmpty(), "the code asks " + bundle.textsClass() + " for its texts");
        Set<String> written = bundle.texts().keySet();
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(written);
        assertEquals(Set.of(), missing, "texts the code asks for but nobody wrote");
        Set<String> unused = new TreeSet<>(written);
        unused.removeAll(asked);
        unused.removeIf(key -> bundle.builtKeys() != null && key.startsWith(bundle.builtKeys()));
        assertEquals(Set.of(), unused, "texts nobody asks for");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextReadsWell(Bundle bundle) {
        ResourceBundle texts = bundle.texts();
        for (String key : texts.keySet()) {
            String text = texts.getString(key);
            assertFalse(text.isBlank(), key);
            if (text.contains("{")) {
                assertDoesNotThrow(() -> new MessageFormat(text, Locale.FRANCE), key);
                assertFalse(text.replace("''", "").contains("'"), key + ": in a text with arguments, an apostrophe is written ''");
            }
        }
    }

    private static Set<String> askedKeys(Bundle bundle) throws IOException {
        Pattern call = Pattern.compile(bundle.textsClass() + "\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");
        // a constraint's own message is the key of the module's text (FieldChecks); defaults are {…}
        Pattern constraint = Pattern.compile("message\\s*=\\s*\"([^\"{][^\"]*)\"");
        Path sources = Path.of("..", bundle.module(), "src", "main", "java");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern asking : List.of(call, constraint)) {
                    Matcher found = asking.matcher(code);
                    while (found.find()) {
                        keys.add(found.group(1));
                    }
                }
            }
        }
        return keys;
    }
}

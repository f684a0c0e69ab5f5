package fr.civitas.app;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile run's corpus, sampled per kind of field: what every field must refuse, and what a
 * field may accept provided nothing breaks (HTML is cleaned or escaped, blanks are blanks).
 */
final class BadValues {

    /** A value as bytes (so that it can be malformed UTF-8), and whether the field must refuse it. */
    record Value(String label, byte[] bytes, boolean mustRefuse) {

        static Value refused(String label, String text) {
            return new Value(label, text.getBytes(StandardCharsets.UTF_8), true);
        }

        static Value tolerated(String label, String text) {
            return new Value(label, text.getBytes(StandardCharsets.UTF_8), false);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final Value NUL = Value.refused("NUL", "avant\u0000après");
    static final Value ESCAPE = Value.refused("control character", "avant\u001b[31maprès");
    static final Value HUGE = Value.refused("100 KB", "x".repeat(102_400));
    static final Value MALFORMED_UTF8 = new Value("malformed UTF-8", new byte[] {'a', (byte) 0xFF, (byte) 0xFE, 'b'}, true);
    static final Value LINE_BREAK = Value.refused("line break in one line", "ligne\r\nligne");
    static final Value SCRIPT = Value.tolerated("HTML/script", "<script>alert('piege')</script><b>gras</b>");
    static final Value BLANK = Value.tolerated("white space", "   ");
    static final Value EMPTY = Value.tolerated("empty", "");

    private BadValues() {
    }

    /** The values to send to a field of this kind ({@code text}, {@code textarea}, {@code number}…). */
    static List<Value> forKind(String kind) {
        List<Value> values = new ArrayList<>(List.of(MALFORMED_UTF8));
        if (!kind.equals("checkbox") && !kind.equals("filename")) {
            values.add(NUL);
        }
        switch (kind) {
            case "text", "url" -> values.addAll(List.of(ESCAPE, HUGE, LINE_BREAK, SCRIPT, BLANK));
            case "textarea" -> values.addAll(List.of(ESCAPE, HUGE, SCRIPT, BLANK));
            case "number" -> values.addAll(List.of(Value.refused("negative", "-1"), Value.refused("huge number", "99999999999999999999"),
                    Value.refused("exponent", "1e9"), EMPTY));
            case "date" -> values.addAll(List.of(Value.refused("year 999999999", "999999999-01-01"),
                    Value.refused("signed year", "+999999999-12-31"), Value.refused("no such day", "2026-02-30"),
                    Value.refused("year 1", "0001-01-01")));
            case "select" -> values.addAll(List.of(HUGE, Value.refused("unknown choice", "choix-inconnu")));
            case "version" -> values.addAll(List.of(Value.refused("not a number", "abc"), Value.refused("negative", "-1"),
                    Value.refused("huge number", "999999999999999999999")));
            case "token" -> values.addAll(List.of(HUGE, Value.refused("forged", "0".repeat(64)), Value.refused("empty", "")));
            // a file's name is stored as letters, digits, dots and dashes only: a byte that is not UTF-8 is one '_'
            case "filename" -> values = new ArrayList<>(List.of(Value.refused("endless file name", "n".repeat(5000) + ".png"),
                    Value.refused("NUL", "a\u0000.png"), new Value("malformed UTF-8", new byte[] {'a', (byte) 0xFF, '.', 'p', 'n', 'g'}, false)));
            default -> values.add(Value.tolerated("anything", "avant\u0000après")); // a checkbox: any value means ticked
        }
        return values;
    }
}

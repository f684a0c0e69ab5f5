package fr.civitas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from npm, installed by the build) run on the page the browser shows, against the
 * WCAG 2.1 A and AA rules: RGAA 4.1 is built on them.
 */
final class Axe {

    private static final String SOURCE = read(Path.of(System.getProperty("civitas.test.axe",
            "target/a11y/node_modules/axe-core/axe.min.js")));

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              resultTypes: ['violations']
            }).then(
              results => done(results.violations.map(violation => ({
                id: violation.id,
                impact: violation.impact || '',
                help: violation.help,
                nodes: violation.nodes.map(node => node.target.join(' ') + ' — ' + (node.failureSummary || '')
                    .replace(/\\s+/g, ' ').trim())
              }))),
              error => done([{ id: 'axe-error', impact: '', help: String(error), nodes: [] }]));
            """;

    private Axe() {
    }

    /** The violations of the page shown, one line per violation and one per node it concerns. */
    static List<String> violations(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        // Through WebDriver the script runs as the debugger would run it, not as a page script:
        // the portal's Content-Security-Policy (script-src 'self') does not apply to it.
        script.executeScript(SOURCE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) script.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help"));
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) violation.get("nodes");
            nodes.forEach(node -> lines.add("    " + node));
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm ci): " + file, e);
        }
    }
}

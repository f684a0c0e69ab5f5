package fr.civitas.app;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A form sent back with errors, as RGAA 11.10 and 11.11 want it: every field in error is marked
 * invalid, labelled, and tied to its own message; the summary at the top links to each field by
 * its name.
 */
final class FormErrors {

    private static final String CHECK = """
            const problems = [];
            const invalid = [...document.querySelectorAll('main [aria-invalid=true]')];
            if (invalid.length === 0) problems.push('no field is marked aria-invalid');
            for (const field of invalid) {
              const label = document.querySelector('label[for="' + field.id + '"]');
              if (!label || !label.textContent.trim()) problems.push('#' + field.id + ' has no label');
              const described = (field.getAttribute('aria-describedby') || '').split(/\\s+/)
                  .map(id => document.getElementById(id)).filter(Boolean);
              if (!described.some(message => message.classList.contains('erreur-champ') && message.textContent.trim())) {
                problems.push('#' + field.id + ' is not tied to its error message by aria-describedby');
              }
            }
            const summary = document.querySelector('main [role=alert]');
            if (!summary) {
              problems.push('no error summary (role=alert)');
            } else {
              for (const link of summary.querySelectorAll('a')) {
                const target = document.getElementById((link.getAttribute('href') || '').replace(/^#/, ''));
                if (!target || target.getAttribute('aria-invalid') !== 'true') {
                  problems.push('the summary\\'s link ' + link.getAttribute('href') + ' does not lead to a field in error');
                  continue;
                }
                const label = document.querySelector('label[for="' + target.id + '"]');
                const name = label ? label.textContent.replace('*', '').trim() : '';
                if (!name || !link.textContent.includes(name)) {
                  problems.push('the summary\\'s link "' + link.textContent.trim() + '" does not name its field "' + name + '"');
                }
              }
            }
            return problems;
            """;

    private FormErrors() {
    }

    static List<String> problems(WebDriver browser) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) ((JavascriptExecutor) browser).executeScript(CHECK);
        return problems;
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * The findings on every page a test looked at, reported all at once: one failing page does not
 * hide the others.
 */
final class AccessibilityAudit {

    private final List<String> findings = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    /** A page of the portal: its layout has the main navigation. */
    void portalPage(WebDriver browser, String name) {
        audit(browser, name, true);
    }

    /** A page of Keycloak in the Civitas login theme. */
    void loginPage(WebDriver browser, String name) {
        audit(browser, name, false);
    }

    /** A finding of the test itself, not of axe: a page that is not the one asked for, a form not tied. */
    void finding(String name, String problem) {
        findings.add(name + ": " + problem);
    }

    void assertNoViolation() {
        assertTrue(!audited.isEmpty(), "no page audited");
        assertTrue(findings.isEmpty(), findings.size() + " accessibility problems on " + audited.size() + " pages:\n"
                + String.join("\n", findings));
    }

    private void audit(WebDriver browser, String name, boolean navigationExpected) {
        String where = name + " (" + browser.getCurrentUrl() + ")";
        audited.add(where);
        List<String> problems = new ArrayList<>(PageStructure.problems(browser, navigationExpected));
        problems.addAll(Axe.violations(browser));
        if (!problems.isEmpty()) {
            findings.add(where);
            problems.forEach(problem -> findings.add("  " + problem));
        }
    }
}

package fr.civitas.app;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What RGAA asks of every page and axe does not check as such: French as the page's language,
 * a skip link to the main content as the first stop of the keyboard, and the landmarks.
 */
final class PageStructure {

    private static final String CHECK = """
            const navigationExpected = arguments[0];
            const problems = [];
            const lang = document.documentElement.getAttribute('lang');
            if (lang !== 'fr') problems.push('<html lang> is "' + lang + '", not "fr"');
            const focusable = [...document.querySelectorAll(
                'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
                .filter(element => !element.disabled);
            const first = focusable[0];
            if (!first || first.getAttribute('href') !== '#contenu' || first.textContent.trim() !== 'Aller au contenu') {
              problems.push('the first element reached by the keyboard is not the skip link "Aller au contenu" to #contenu: '
                  + (first ? first.outerHTML.slice(0, 120) : 'none'));
            }
            const mains = document.querySelectorAll('main, [role=main]');
            if (mains.length !== 1 || mains[0].id !== 'contenu') {
              problems.push('expected one main landmark with id "contenu", found ' + mains.length);
            }
            const topLevel = selector => [...document.querySelectorAll(selector)]
                .filter(element => !element.parentElement.closest('main, article, aside, nav, section'));
            if (topLevel('header, [role=banner]').length !== 1) problems.push('expected one banner landmark (header)');
            if (topLevel('footer, [role=contentinfo]').length !== 1) problems.push('expected one contentinfo landmark (footer)');
            if (navigationExpected && document.querySelectorAll('nav, [role=navigation]').length === 0) {
              problems.push('no navigation landmark');
            }
            return problems;
            """;

    private PageStructure() {
    }

    /** The portal's pages have a main navigation; Keycloak's login pages have none. */
    static List<String> problems(WebDriver browser, boolean navigationExpected) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) ((JavascriptExecutor) browser).executeScript(CHECK, navigationExpected);
        return problems;
    }
}

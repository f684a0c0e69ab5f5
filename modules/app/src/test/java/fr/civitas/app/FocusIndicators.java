package fr.civitas.app;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Whether the element the keyboard is on shows it (WCAG 2.4.7): its outline or shadow differs
 * from the one it had before any focus, and an outline stands out at 3:1 from what is around it
 * (1.4.11). Also which visible interactive elements the keyboard never reached.
 */
final class FocusIndicators {

    private static final String REMEMBER = """
            document.activeElement.blur();
            window.civitasUnfocused = new Map();
            window.civitasReached = new Set();
            for (const element of document.querySelectorAll('*')) {
              const style = getComputedStyle(element);
              window.civitasUnfocused.set(element, {
                outline: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
                shadow: style.boxShadow
              });
            }
            """;

    private static final String CHECK_FOCUSED = """
            const element = document.activeElement;
            const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                + ' "' + (element.textContent || element.value || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '"';
            window.civitasReached.add(element);
            const before = window.civitasUnfocused.get(element) || { outline: '', shadow: '' };
            const style = getComputedStyle(element);
            const outline = style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor;
            const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && outline !== before.outline;
            const shadowed = style.boxShadow !== 'none' && style.boxShadow !== before.shadow;
            if (!outlined && !shadowed) return name + ': no visible focus indicator (outline ' + outline + ')';
            if (!outlined) return '';
            const rgb = colour => colour.match(/[\\d.]+/g).slice(0, 4).map(Number);
            const luminance = ([r, g, b]) => [r, g, b].map(channel => channel / 255)
                .map(value => value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4))
                .reduce((sum, value, i) => sum + value * [0.2126, 0.7152, 0.0722][i], 0);
            const contrast = (a, b) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
            const backgroundOf = start => {
              for (let current = start; current; current = current.parentElement) {
                const colour = rgb(getComputedStyle(current).backgroundColor);
                if (colour.length < 4 || colour[3] > 0) return colour;
              }
              return [255, 255, 255];
            };
            // an outline drawn outside the element lies on whatever is painted there, not on its parent
            const backgroundAt = (x, y) => backgroundOf(document.elementsFromPoint(x, y)
                .find(other => other !== element && !element.contains(other)));
            const box = element.getBoundingClientRect();
            const distance = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
            const ring = rgb(style.outlineColor);
            if (distance < 0) {
              const inside = backgroundOf(element);
              return contrast(ring, inside) < 3 ? name + ': focus outline ' + style.outlineColor + ' contrasts '
                  + contrast(ring, inside).toFixed(2) + ':1 with the element, 3:1 needed' : '';
            }
            const middleX = box.left + box.width / 2;
            const middleY = box.top + box.height / 2;
            const around = [[box.left - distance, middleY], [box.right + distance, middleY],
                            [middleX, box.top - distance], [middleX, box.bottom + distance]]
                .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
            const worst = Math.min(...around.map(([x, y]) => contrast(ring, backgroundAt(x, y))));
            return worst < 3 ? name + ': focus outline ' + style.outlineColor + ' contrasts ' + worst.toFixed(2)
                + ':1 with its surroundings, 3:1 needed' : '';
            """;

    private static final String UNREACHED = """
            return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]')]
                .filter(element => !element.disabled && element.getAttribute('tabindex') !== '-1')
                .filter(element => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
                // Chrome gives the content of a closed <details> boxes although nobody can see it
                .filter(element => !element.closest('details:not([open])') || element.closest('summary'))
                .filter(element => !window.civitasReached.has(element))
                .map(element => element.outerHTML.slice(0, 120));
            """;

    private FocusIndicators() {
    }

    /** Notes how every element looks before the keyboard reaches any. */
    static void remember(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript(REMEMBER);
    }

    /** Whether the keyboard has come round to an element it had already reached. */
    static boolean reachedBefore(WebDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return window.civitasReached.has(document.activeElement);");
    }

    /** Empty when the focused element shows its focus well enough, else what is wrong. */
    static String problemOfFocused(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeScript(CHECK_FOCUSED);
    }

    static List<String> unreached(WebDriver browser) {
        @SuppressWarnings("unchecked")
        List<String> unreached = (List<String>) ((JavascriptExecutor) browser).executeScript(UNREACHED);
        return unreached;
    }
}

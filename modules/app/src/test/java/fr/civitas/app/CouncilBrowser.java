package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** A person in front of a real browser on the platform, who uses the keyboard only. */
final class CouncilBrowser {

    private static final int MAX_TABS = 60;

    private final WebDriver driver;
    private final URI platform;

    CouncilBrowser(WebDriver driver, URI platform) {
        this.driver = driver;
        this.platform = platform;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(platform.resolve(path.substring(1)).toString());
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getRawPath();
    }

    boolean onPlatform() {
        return driver.getCurrentUrl().startsWith(platform.toString());
    }

    /** The page's text; empty while a navigation replaces the page under our feet. */
    String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException navigating) {
            return "";
        }
    }

    /** From the council's "Se connecter" to its realm's login page. */
    void openLogin(String council) {
        open("/t/" + council + "/connexion");
        assertTrue(!driver.findElements(By.id("kc-form-login")).isEmpty(), "Keycloak's login form: " + driver.getCurrentUrl());
    }

    /** Fills in Keycloak's login form with the keyboard alone and submits it with Enter. */
    void typeCredentials(String username, String password) {
        tabTo("#username");
        // after a refusal Keycloak fills the username in again: select it so that typing replaces it
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(username).perform();
        tabTo("#password");
        press(password, Keys.ENTER.toString());
    }

    /** Logs in through the council's realm and waits to be back on the portal. */
    void logIn(String council, String username, String password) {
        openLogin(council);
        typeCredentials(username, password);
        waitFor(() -> onPlatform() && path().startsWith("/t/" + council + "/"),
                "back on the portal of " + council + " after logging in as " + username);
    }

    /** Presses Tab until the focused element matches the CSS selector. */
    void tabTo(String selector) {
        for (int tabs = 0; tabs < MAX_TABS && !focusedMatches(selector); tabs++) {
            press(Keys.TAB.toString());
        }
        assertTrue(focusedMatches(selector), selector + " cannot be reached with the Tab key on " + driver.getCurrentUrl());
    }

    boolean focusedMatches(String selector) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return document.activeElement.matches(arguments[0]);",
                selector);
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void waitFor(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for: " + what + " (at " + driver.getCurrentUrl() + ")");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

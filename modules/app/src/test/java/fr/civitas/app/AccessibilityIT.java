package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.opentest4j.AssertionFailedError;

/**
 * RGAA 4.1 / WCAG 2.1 AA, a legal duty for councils: every kind of page of both demo councils,
 * their login pages and their back-office, in a real browser, audited by axe-core with no
 * violation allowed, and used with the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private record DemoCouncil(String slug, String page, String category, String demarche) {
    }

    private static final DemoCouncil MAYENNE = new DemoCouncil("mayenne", "solidarites", "solidarites", "demander-le-rsa");
    private static final DemoCouncil LAVAL = new DemoCouncil("laval", "ecoles", "etat-civil-citoyennete",
            "demander-un-acte-de-naissance");
    private static final List<DemoCouncil> COUNCILS = List.of(MAYENNE, LAVAL);
    private static final String ERROR_PAGE = "Code d’erreur";
    private static final int PHONE_WIDTH = 375;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void demoCouncils() {
        PlatformClient platform = PlatformClient.forTestServer();
        Tenants.ensure(platform, Tenants.request("mayenne", "Département de la Mayenne", "departement", "departement",
                null, "www.lamayenne.test"));
        Tenants.ensure(platform, Tenants.request("laval", "Ville de Laval", "commune", "commune", "mayenne",
                "www.laval.test", "laval.test"));
        People.ensure("mayenne");
        People.ensure("laval");
    }

    @Test
    void everyKindOfPublicPageOfBothCouncilsPassesAxe() {
        AccessibilityAudit audit = new AccessibilityAudit();
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            CouncilBrowser browser = new CouncilBrowser(chromium.driver(), platform.base());
            for (DemoCouncil council : COUNCILS) {
                publicPages(council).forEach((name, path) -> {
                    browser.open("/t/" + council.slug() + path);
                    expectPage(audit, browser, council.slug() + " " + name, false);
                    if (path.startsWith("/recherche")) {
                        assertFalse(browser.text().contains("Aucun résultat"), "the search finds something");
                    }
                    audit.portalPage(browser.driver(), council.slug() + " " + name);
                });

                browser.open("/t/" + council.slug() + "/recherche?q=" + "a".repeat(201));
                assertTrue(browser.text().contains("La recherche ne doit pas dépasser 200 caractères."), browser.text());
                audit.portalPage(browser.driver(), council.slug() + " search refused");

                browser.open("/t/" + council.slug() + "/pages/n-existe-pas");
                expectPage(audit, browser, council.slug() + " page not found", true);
                audit.portalPage(browser.driver(), council.slug() + " page not found");
            }
        }
        audit.assertNoViolation();
    }

    @Test
    void onAPhoneEveryPublicPageFitsTheScreenAndPassesAxe() {
        AccessibilityAudit audit = new AccessibilityAudit();
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            chromium.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 812));
            CouncilBrowser browser = new CouncilBrowser(chromium.driver(), platform.base());
            for (DemoCouncil council : COUNCILS) {
                publicPages(council).forEach((name, path) -> {
                    String where = council.slug() + " " + name + " on a phone";
                    browser.open("/t/" + council.slug() + path);
                    expectPage(audit, browser, where, false);
                    long width = ((Number) ((JavascriptExecutor) browser.driver())
                            .executeScript("return window.innerWidth;")).longValue();
                    assertEquals(PHONE_WIDTH, width, "the browser is as wide as a phone");
                    long overflow = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
                    if (overflow > 0) {
                        audit.finding(where, "the page is " + overflow + " px wider than the screen: it scrolls sideways");
                    }
                    audit.portalPage(browser.driver(), where);
                });
            }
        }
        audit.assertNoViolation();
    }

    @Test
    void theLoginPagesAndTheCitizenSpacePassAxe() {
        AccessibilityAudit audit = new AccessibilityAudit();
        for (DemoCouncil council : COUNCILS) {
            try (HeadlessChromium chromium = new HeadlessChromium()) {
                CouncilBrowser browser = new CouncilBrowser(chromium.driver(), platform.base());
                browser.openLogin(council.slug());
                audit.loginPage(browser.driver(), council.slug() + " login");
                walkWithTab(browser).forEach(problem -> audit.finding(council.slug() + " login", problem));

                browser.typeCredentials(People.citizen(council.slug()), "pas-le-bon-mot-de-passe");
                browser.waitFor(() -> !browser.driver().findElements(By.id("input-error")).isEmpty()
                        || browser.text().contains("invalide"), "Keycloak's answer to a wrong password");
                audit.loginPage(browser.driver(), council.slug() + " login refused");

                browser.typeCredentials(People.citizen(council.slug()), People.PASSWORD);
                browser.waitFor(() -> browser.path().startsWith("/t/" + council.slug() + "/"), "back on the portal");
                browser.open("/t/" + council.slug() + "/espace");
                expectPage(audit, browser, council.slug() + " citizen space", false);
                assertTrue(browser.text().contains(People.citizen(council.slug())), browser.text());
                audit.portalPage(browser.driver(), council.slug() + " citizen space");
            }
        }
        audit.assertNoViolation();
    }

    /**
     * Every kind of back-office screen a council admin can reach from the dashboard by following
     * links — lists, forms, items, previews — passes axe on a desktop and on a phone, where none
     * scrolls sideways; an editor reaches the same screens but the theme's.
     */
    @Test
    void theBackOfficePassesAxeOnADesktopAndOnAPhone() {
        AccessibilityAudit audit = new AccessibilityAudit();
        for (DemoCouncil council : COUNCILS) {
            try (HeadlessChromium chromium = new HeadlessChromium()) {
                CouncilBrowser editor = new CouncilBrowser(chromium.driver(), platform.base());
                editor.logIn(council.slug(), People.editor(council.slug()), People.PASSWORD);
                assertFalse(backOfficeScreens(editor, council.slug()).contains("/t/" + council.slug() + "/gestion/theme"),
                        "an editor is not shown the theme");
            }
            try (HeadlessChromium chromium = new HeadlessChromium()) {
                String admin = People.admin(council.slug());
                CouncilBrowser browser = new CouncilBrowser(chromium.driver(), platform.base());
                browser.logIn(council.slug(), admin, People.PASSWORD);
                List<String> screens = backOfficeScreens(browser, council.slug());
                assertTrue(screens.size() > 10, "the crawl found the screens: " + screens);
                assertTrue(screens.contains("/t/" + council.slug() + "/gestion/theme"), "an admin reaches the theme");
                for (String screen : screens) {
                    browser.open(screen);
                    expectPage(audit, browser, council.slug() + " " + admin + " " + screen, false);
                    audit.portalPage(browser.driver(), council.slug() + " " + admin + " " + screen);
                }
                chromium.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 812));
                for (String screen : screens) {
                    String where = council.slug() + " " + admin + " " + screen + " on a phone";
                    browser.open(screen);
                    long overflow = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                            .longValue();
                    if (overflow > 0) {
                        audit.finding(where, "the screen is " + overflow + " px wider than the phone: it scrolls sideways");
                    }
                    audit.portalPage(browser.driver(), where);
                }
                for (String form : List.of("/gestion/pages/nouvelle", "/gestion/actualites/nouvelle",
                        "/gestion/demarches/nouvelle")) {
                    sendEmpty(browser, audit, council.slug() + " " + admin, form);
                }
            }
        }
        audit.assertNoViolation();
    }

    /**
     * One address of each kind of back-office screen reachable from the dashboard by links: two
     * items of a list differ by their identifier only.
     */
    @SuppressWarnings("unchecked")
    private static List<String> backOfficeScreens(CouncilBrowser browser, String council) {
        String prefix = "/t/" + council + "/gestion";
        List<String> found = new ArrayList<>(List.of(prefix));
        Set<String> kinds = new HashSet<>(Set.of(prefix));
        for (int next = 0; next < found.size(); next++) {
            browser.open(found.get(next));
            if (found.get(next).endsWith("/apercu")) {
                continue; // a preview shows a public page, with its links: the public pages' tests follow them
            }
            List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.pathname);");
            for (String href : hrefs) {
                String kind = href.replaceAll("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "/{id}");
                if ((href.equals(prefix) || href.startsWith(prefix + "/")) && kinds.add(kind)) {
                    found.add(href);
                }
            }
        }
        return found;
    }

    @Test
    void theHomePageCanBeUsedWithTheKeyboardAlone() {
        for (DemoCouncil council : COUNCILS) {
            try (HeadlessChromium chromium = new HeadlessChromium()) {
                CouncilBrowser browser = new CouncilBrowser(chromium.driver(), platform.base());
                browser.open("/t/" + council.slug() + "/");
                browser.press(Keys.TAB.toString());
                assertTrue(browser.focusedMatches("a.lien-evitement[href='#contenu']"), "the first Tab reaches the skip link");
                assertEquals("Aller au contenu", chromium.driver().switchTo().activeElement().getText());
                browser.press(Keys.ENTER.toString());
                assertTrue(browser.focusedMatches("main#contenu"), "the skip link takes the focus to the main content");
                browser.press(Keys.TAB.toString());
                assertTrue(browser.focusedMatches("main#contenu *"), "the next Tab goes on inside the main content");

                browser.open("/t/" + council.slug() + "/");
                List<String> problems = walkWithTab(browser);
                assertTrue(problems.isEmpty(), council.slug() + ": " + String.join("\n", problems));
            }
        }
    }

    @Test
    void theAuditSeesWhatItLooksFor() {
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            CouncilBrowser browser = new CouncilBrowser(chromium.driver(), platform.base());
            browser.open("/t/laval/");
            ((JavascriptExecutor) chromium.driver()).executeScript("""
                    document.documentElement.removeAttribute('lang');
                    document.querySelector('.lien-evitement').remove();
                    document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:,' }));
                    """);

            AccessibilityAudit audit = new AccessibilityAudit();
            audit.portalPage(chromium.driver(), "laval home, broken on purpose");
            String report = assertThrows(AssertionFailedError.class, audit::assertNoViolation).getMessage();

            assertTrue(report.contains("image-alt (critical)"), report);
            assertTrue(report.contains("html-has-lang (serious)"), report);
            assertTrue(report.contains("not the skip link"), report);
        }
    }

    /**
     * Tabs through the whole page, once round from wherever the focus is (a login page focuses its
     * first field by itself): every stop shows its focus, and no visible control is skipped.
     */
    private static List<String> walkWithTab(CouncilBrowser browser) {
        FocusIndicators.remember(browser.driver());
        List<String> problems = new ArrayList<>();
        int stops = 0;
        int outOfPage = 0;
        while (stops < 200 && outOfPage < 2) {
            browser.press(Keys.TAB.toString());
            if (browser.focusedMatches("body")) {
                outOfPage++;
            } else if (FocusIndicators.reachedBefore(browser.driver())) {
                break;
            } else {
                stops++;
                String problem = FocusIndicators.problemOfFocused(browser.driver());
                if (!problem.isEmpty()) {
                    problems.add(problem);
                }
            }
        }
        assertTrue(stops >= 3, "the keyboard stopped at " + stops + " elements only");
        FocusIndicators.unreached(browser.driver()).forEach(element -> problems.add("never reached by Tab: " + element));
        return problems;
    }

    /** A back-office form sent empty with Enter: French errors, each tied to its field and reached from the summary. */
    private static void sendEmpty(CouncilBrowser browser, AccessibilityAudit audit, String who, String form) {
        String name = who + " " + form + " sent empty";
        browser.open(browser.path().replaceFirst("/gestion.*", form));
        browser.tabTo("#title");
        browser.press(Keys.ENTER.toString());
        browser.waitFor(() -> browser.text().contains("Ce champ est obligatoire."), "the errors of " + form);
        audit.portalPage(browser.driver(), name);
        FormErrors.problems(browser.driver()).forEach(problem -> audit.finding(name, problem));

        browser.tabTo("main [role=alert] a");
        String field = browser.driver().switchTo().activeElement().getAttribute("href").replaceFirst(".*#", "");
        browser.press(Keys.ENTER.toString());
        if (!browser.focusedMatches("#" + field)) {
            audit.finding(name, "the summary's link to #" + field + " does not move the focus to the field");
        }
    }

    private static Map<String, String> publicPages(DemoCouncil council) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("page", "/pages/" + council.page());
        pages.put("contact", "/pages/contact");
        pages.put("legal notice", "/pages/mentions-legales");
        pages.put("personal data", "/pages/donnees-personnelles");
        pages.put("accessibility statement", "/pages/accessibilite");
        pages.put("news", "/actualites");
        pages.put("news item", "/actualites/nouveau-portail-en-ligne");
        pages.put("démarches", "/demarches");
        pages.put("category", "/demarches/categorie/" + council.category());
        pages.put("démarche", "/demarches/" + council.demarche());
        pages.put("search", "/recherche?q=carte");
        return pages;
    }

    /** The browser shows the page asked for, not a login page or an error page in its place. */
    private static void expectPage(AccessibilityAudit audit, CouncilBrowser browser, String name, boolean errorPage) {
        if (!browser.onPlatform()) {
            audit.finding(name, "sent away from the portal, to " + browser.driver().getCurrentUrl());
        }
        boolean shownAsError = browser.text().contains(ERROR_PAGE);
        if (shownAsError != errorPage) {
            audit.finding(name, (errorPage ? "not an error page: " : "an error page instead: ") + browser.text());
        }
        assertFalse(browser.driver().findElements(By.tagName("h1")).isEmpty(), name + ": no h1");
    }
}

package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/** The public portal of two councils made from the two templates, as citizens and caches see it. */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final String DEPARTEMENT = "vendee";
    private static final String COMMUNE = "la-roche";
    private static final String COMMUNE_DOMAIN = "www.la-roche.test";
    private static final String HTML = "text/html";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void twoCouncils() {
        PlatformClient platform = PlatformClient.forTestServer();
        Tenants.ensure(platform, Tenants.request(DEPARTEMENT, "Département de la Vendée", "departement", "departement", null));
        Tenants.ensure(platform, Tenants.request(COMMUNE, "La Roche-sur-Yon", "commune", "commune", DEPARTEMENT, COMMUNE_DOMAIN));
    }

    @Test
    void theHomePageGathersTheCouncilsQuickAccessNewsAndContact() {
        String home = get("/t/" + DEPARTEMENT + "/").body();

        assertTrue(home.contains("Bienvenue sur le portail du Département de la Vendée"));
        assertTrue(home.contains("Les démarches les plus demandées"));
        assertTrue(home.contains("href=\"/t/vendee/demarches/demander-le-rsa\""), "a popular démarche");
        assertTrue(home.contains("Dernières actualités"));
        assertTrue(home.contains("Nous contacter"));
        assertTrue(home.contains("<html lang=\"fr\">") && home.contains("<main id=\"contenu\"") && home.contains("Aller au contenu"));
        assertTrue(home.contains("href=\"/t/vendee/pages/mentions-legales\"") && home.contains("Accessibilité : partiellement conforme"));
    }

    @Test
    void eachCouncilWearsItsTemplatesColours() {
        String departement = platform.get("/t/" + DEPARTEMENT + "/theme/portail.css").body();
        String commune = platform.get("/t/" + COMMUNE + "/theme/portail.css").body();

        assertTrue(departement.contains("--couleur-principale: #1f4e79"), departement);
        assertTrue(commune.contains("--couleur-principale: #00695c"), commune);
        assertTrue(platform.get("/t/" + COMMUNE + "/theme/login.css").body().contains("#00695c"));
    }

    @Test
    void theStylesheetIsCheckedAgainEachTimeSinceItsAddressCarriesNoVersion() {
        HttpResponse<String> css = platform.get("/t/" + COMMUNE + "/theme/portail.css");

        String policy = css.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(policy.contains("no-cache") && !policy.contains("max-age"), policy);
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, platform.get("/t/" + COMMUNE + "/theme/portail.css", "If-None-Match", etag).statusCode());
    }

    @Test
    void aTemplatesThemeOverridesTheBaseTheme() {
        assertTrue(get("/t/" + DEPARTEMENT + "/").body().contains("partenaire des communes"), "the département's own footer");
        assertFalse(get("/t/" + COMMUNE + "/").body().contains("partenaire des communes"), "the commune keeps the base one");
    }

    @Test
    void theDemarchesCatalogueByCategoryAndEachSheet() {
        String catalogue = get("/t/" + COMMUNE + "/demarches").body();
        assertTrue(catalogue.contains("État civil"), catalogue);

        HttpResponse<String> sheet = get("/t/" + COMMUNE + "/demarches/demander-un-acte-de-naissance");
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body().contains("Comment faire ?"));
        assertTrue(sheet.body().contains("Coût"));
        assertTrue(sheet.body().contains("Faire la démarche en ligne"), "the online procedure link");

        HttpResponse<String> category = get("/t/" + COMMUNE + "/demarches/categorie/etat-civil-citoyennete");
        assertEquals(200, category.statusCode());
        assertEquals(404, get("/t/" + COMMUNE + "/demarches/demander-le-rsa").statusCode(), "the département's démarche");
    }

    @Test
    void newsHaveAListADetailAndAFeed() throws Exception {
        String list = get("/t/" + DEPARTEMENT + "/actualites").body();
        assertTrue(list.contains("<time datetime=\"2026-"), list);

        HttpResponse<String> feed = platform.get("/t/" + DEPARTEMENT + "/actualites/rss.xml");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"));
        Document rss = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(rss.getElementsByTagName("item").getLength() >= 4);
        String firstLink = rss.getElementsByTagName("item").item(0).getChildNodes().item(3).getTextContent();
        assertTrue(firstLink.contains("/t/vendee/actualites/"), firstLink);
        HttpResponse<String> item = get(firstLink.substring(firstLink.indexOf("/t/")));
        assertEquals(200, item.statusCode());
        assertEquals(404, get("/t/" + DEPARTEMENT + "/actualites?page=99").statusCode());
    }

    /** The footer's RSS link, followed by a browser, which asks for HTML first and takes anything. */
    @Test
    void theFeedAnswersABrowserToo() throws Exception {
        HttpResponse<String> feed = platform.get("/t/" + COMMUNE + "/actualites/rss.xml",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"));
        Document rss = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("rss", rss.getDocumentElement().getNodeName());
        assertEquals(200, get("/t/" + COMMUNE + "/actualites/forum-des-associations").statusCode(), "news items still are");
    }

    @Test
    void searchUnderstandsFrenchAndStaysWithinTheCouncil() {
        String rsa = get("/t/" + DEPARTEMENT + "/recherche?q=revenus+solidarit%C3%A9").body();
        assertTrue(rsa.contains("demander-le-rsa"), "French stemming: 'revenus' finds 'revenu'");

        String typedOnAPhone = get("/t/" + COMMUNE + "/recherche?q=ecole+elementaire").body();
        assertTrue(typedOnAPhone.contains("inscrire-son-enfant-a-l-ecole"), "accents ignored: 'ecole' finds 'école'");
        String accented = get("/t/" + COMMUNE + "/recherche?q=%C3%A9coles").body();
        assertTrue(accented.contains("inscrire-son-enfant-a-l-ecole"), "and 'écoles' still finds it");

        String elsewhere = get("/t/" + COMMUNE + "/recherche?q=revenus+solidarit%C3%A9").body();
        assertFalse(elsewhere.contains("demander-le-rsa"), "the département's démarche is not the commune's");

        HttpResponse<String> tooLong = get("/t/" + COMMUNE + "/recherche?q=" + "a".repeat(250));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("aria-invalid=\"true\""), tooLong.body());
        assertTrue(tooLong.body().contains("ne doit pas dépasser 200 caractères"), tooLong.body());

        String injected = get("/t/" + COMMUNE + "/recherche?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
        assertFalse(injected.contains("<script>alert(1)</script>"), "the query is escaped");
        assertTrue(injected.contains("&lt;script&gt;"));
    }

    @Test
    void sitemapAndRobotsListOnlyTheCouncilsOwnAddresses() {
        String sitemap = platform.get("/t/" + COMMUNE + "/sitemap.xml").body();
        assertTrue(sitemap.contains("/t/la-roche/demarches/demander-un-acte-de-naissance"));
        assertFalse(sitemap.contains("/t/vendee/"));
        assertTrue(platform.get("/t/" + COMMUNE + "/robots.txt").body().contains("Sitemap:"));
    }

    @Test
    void aForgedHostHeaderNeverReachesTheFeedNorTheSitemapNorTheirCachedCopies() {
        String platformUrl = platform.base().toString();

        HttpResponse<String> feed = platform.get("/t/" + COMMUNE + "/actualites/rss.xml", "Host", "evil.example");
        HttpResponse<String> sitemap = platform.get("/t/" + DEPARTEMENT + "/sitemap.xml", "Host", "evil.example");
        HttpResponse<String> robots = platform.get("/t/" + DEPARTEMENT + "/robots.txt", "Host", "evil.example");

        for (HttpResponse<String> forged : List.of(feed, sitemap, robots)) {
            assertEquals(200, forged.statusCode(), forged.body());
            assertFalse(forged.body().contains("evil.example"), forged.body());
        }
        assertTrue(feed.body().contains("<link>" + platformUrl + "t/la-roche/actualites/"), feed.body());
        assertTrue(sitemap.body().contains("<loc>" + platformUrl + "t/vendee/demarches</loc>"), sitemap.body());
        assertTrue(robots.body().contains("Sitemap: " + platformUrl + "t/vendee/sitemap.xml"), robots.body());
        assertFalse(platform.get("/t/" + COMMUNE + "/actualites/rss.xml").body().contains("evil.example"),
                "the copy kept for every visitor");
        assertFalse(platform.get("/t/" + DEPARTEMENT + "/sitemap.xml").body().contains("evil.example"));
    }

    @Test
    void byTheCouncilsOwnDomainTheSitemapLinksToThatDomainWithThePlatformsSchemeAndPort() {
        String sitemap = platform.get("/sitemap.xml", "Host", "WWW.La-Roche.test:8443").body();

        String site = "http://" + COMMUNE_DOMAIN + ":" + platform.base().getPort();
        assertTrue(sitemap.contains("<loc>" + site + "/demarches/demander-un-acte-de-naissance</loc>"), sitemap);
        assertFalse(sitemap.contains(":8443") || sitemap.contains("/t/"), sitemap);
    }

    @Test
    void oddSlugsAreNotFoundAndControlCharactersInASearchAreRefusedInFrench() {
        HttpResponse<String> nul = get("/t/" + COMMUNE + "/recherche?q=%00");
        assertEquals(400, nul.statusCode(), nul.body());
        assertTrue(nul.body().contains("caractères de contrôle"), nul.body());
        assertTrue(nul.body().contains("<html lang=\"fr\">"), "the council's error page");
        assertNoStackTrace(nul);
        assertEquals(400, get("/t/" + COMMUNE + "/recherche?q=carte%01identit%C3%A9").statusCode());

        // control characters in the path never reach the portal: Liberty refuses them first
        for (String path : List.of("/pages/Contact", "/actualites/%C3%A9t%C3%A9", "/demarches/" + "a".repeat(81),
                "/demarches/categorie/x%20y", "/pages/x%27%20or%20%271%27=%271")) {
            HttpResponse<String> odd = get("/t/" + COMMUNE + path);
            assertEquals(404, odd.statusCode(), path + ": " + odd.body());
            assertTrue(odd.body().contains("n’existe pas"), path + ": " + odd.body());
            assertNoStackTrace(odd);
        }
    }

    @Test
    void theHomePageFoundBySearchLeadsToThePortalsRoot() {
        String results = get("/t/" + DEPARTEMENT + "/recherche?q=bienvenue+portail").body();

        assertTrue(results.contains("<a href=\"/t/vendee/\">Bienvenue sur le portail du Département de la Vendée</a>"), results);
        assertFalse(results.contains("/pages/accueil"), results);
    }

    @Test
    void searchResultsBeyondTheFirstTenAreReachedPageByPage() {
        org.jsoup.nodes.Document first = Jsoup.parse(get("/t/" + DEPARTEMENT + "/recherche?q=demander+or+aide").body());
        assertEquals(10, first.select("main ol > li").size(), first.html());

        Element next = first.selectFirst("main nav a:contains(Page suivante)");
        assertNotNull(next, "a link to the next page");
        assertEquals("/t/vendee/recherche?q=demander+or+aide&page=2", next.attr("href"), "the query goes along, encoded");
        org.jsoup.nodes.Document second = Jsoup.parse(get(next.attr("href")).body());
        assertFalse(second.select("main ol > li").isEmpty());
        assertNotEquals(first.select("main ol > li a").eachAttr("href"), second.select("main ol > li a").eachAttr("href"));
        assertEquals("11", second.selectFirst("main ol").attr("start"));
        assertNotNull(second.selectFirst("main nav a:contains(Page précédente)"));
    }

    @Test
    void anonymousPagesCarryValidatorsAndThePoliciesOfAPublicSite() {
        HttpResponse<String> page = get("/t/" + COMMUNE + "/pages/etat-civil");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertTrue(page.headers().firstValue("Cache-Control").orElseThrow().contains("max-age="));
        assertTrue(page.headers().allValues("Vary").toString().contains("Cookie"));

        HttpResponse<String> unchanged = platform.get("/t/" + COMMUNE + "/pages/etat-civil", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
    }

    @Test
    void theSamePathOfTwoCouncilsIsNeverServedFromTheOthersCache() {
        for (int round = 0; round < 3; round++) {
            String commune = get("/t/" + COMMUNE + "/pages/contact").body();
            String departement = get("/t/" + DEPARTEMENT + "/pages/contact").body();
            assertTrue(commune.contains("La Roche-sur-Yon") && !commune.contains("Vendée"));
            assertTrue(departement.contains("Vendée") && !departement.contains("La Roche-sur-Yon"));
        }
        assertFalse(get("/t/" + COMMUNE + "/pages/contact").headers().firstValue("ETag")
                .equals(get("/t/" + DEPARTEMENT + "/pages/contact").headers().firstValue("ETag")));
    }

    @Test
    void legalPagesExistForBothTemplates() {
        for (String council : new String[] {DEPARTEMENT, COMMUNE}) {
            for (String page : new String[] {"mentions-legales", "donnees-personnelles", "accessibilite", "contact"}) {
                assertEquals(200, get("/t/" + council + "/pages/" + page).statusCode(), council + "/" + page);
            }
        }
        assertTrue(get("/t/" + COMMUNE + "/pages/accessibilite").body().contains("RGAA"));
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(response.body().contains("Exception") || response.body().contains("at fr.civitas."), response.body());
    }

    private HttpResponse<String> get(String path) {
        return platform.get(path, "Accept", HTML);
    }
}

package fr.civitas.portal.web;

import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheCategory;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PortalSearch;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What views may print of the portal's content; bodies are already allow-listed HTML. */
final class Views {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private Views() {
    }

    record PageView(String slug, String title, String summary, String body, String kind) {
        static PageView of(Page page) {
            return new PageView(page.slug(), page.title(), nullToEmpty(page.summary()), page.body().html(),
                    page.kind().name().toLowerCase(Locale.ROOT));
        }
    }

    record NewsView(String slug, String title, String summary, String body, String date, String isoDate) {
        static NewsView of(News news) {
            return new NewsView(news.slug(), news.title(), nullToEmpty(news.summary()), news.body().html(),
                    frenchDate(news.publishedOn()), news.publishedOn().toString());
        }
    }

    record CategoryView(String slug, String label, String description, List<DemarcheView> demarches) {
        static CategoryView of(DemarcheCategory category, List<DemarcheView> demarches) {
            return new CategoryView(category.slug(), category.label(), nullToEmpty(category.description()), demarches);
        }
    }

    record DemarcheView(String slug, String title, String category, String summary, String audience, String steps,
                        List<String> documents, String cost, String delay, String online, String authority) {
        static DemarcheView of(Demarche demarche) {
            return new DemarcheView(demarche.slug(), demarche.title(), demarche.category(), nullToEmpty(demarche.summary()),
                    nullToEmpty(demarche.audience()), demarche.steps().html(), demarche.documents(),
                    nullToEmpty(demarche.cost()), nullToEmpty(demarche.delay()), nullToEmpty(demarche.onlineUrl()),
                    demarche.authority());
        }
    }

    /** A search result and where it leads: the home page is the portal's root, it has no page address. */
    record HitView(String href, String title, String summary) {
        static HitView of(PortalSearch.Hit hit, String base) {
            String href = switch (hit.kind()) {
                case "home" -> base + "/";
                case "page" -> base + "/pages/" + hit.slug();
                case "news" -> base + "/actualites/" + hit.slug();
                default -> base + "/demarches/" + hit.slug();
            };
            return new HitView(href, hit.title(), nullToEmpty(hit.summary()));
        }
    }

    static String frenchDate(LocalDate date) {
        return FRENCH_DATE.format(date);
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

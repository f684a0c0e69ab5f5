package fr.civitas.portal.web;

import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.domain.DemarcheRepository;
import fr.civitas.portal.domain.NewsRepository;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;

/** {@code sitemap.xml} and {@code robots.txt} of the council's portal. */
@Path("/")
@RequestScoped
@PermitAll
public class SitemapResource {

    @Inject
    PageRepository pages;

    @Inject
    NewsRepository news;

    @Inject
    DemarcheRepository demarches;

    @Inject
    PublicPages publicPages;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PublicAddress address;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml;charset=utf-8")
    public Response sitemap() {
        return publicPages.page("/sitemap.xml", request, security, () -> {
            String site = address.portal();
            List<String> locations = new ArrayList<>(List.of(site + "/", site + "/demarches", site + "/actualites"));
            for (PageKind kind : PageKind.values()) {
                pages.published(kind).forEach(page -> locations.add(site + "/pages/" + page.slug()));
            }
            demarches.categories().forEach(category -> locations.add(site + "/demarches/categorie/" + category.slug()));
            demarches.published().forEach(demarche -> locations.add(site + "/demarches/" + demarche.slug()));
            news.published(0, 1000).forEach(item -> locations.add(site + "/actualites/" + item.slug()));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            locations.forEach(location -> xml.append("  <url><loc>").append(Rss.escape(location)).append("</loc></url>\n"));
            return xml.append("</urlset>\n").toString();
        });
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain;charset=utf-8")
    public String robots() {
        return "User-agent: *\nDisallow: " + currentTenant.portalPath() + "/gestion\nDisallow: "
                + currentTenant.portalPath() + "/espace\nSitemap: " + address.portal() + "/sitemap.xml\n";
    }
}

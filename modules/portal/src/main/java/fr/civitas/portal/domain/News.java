package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A news item (actualité) of the council. */
@Entity
@Table(name = "news")
public class News extends EditorialContent {

    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    protected News() {
    }

    public News(UUID id, String slug, NewsText text, Instant now, String actor) {
        super(id, slug);
        edit(text, now, actor);
    }

    /** What an editor changes in a news item. */
    public record NewsText(String title, String summary, SafeHtml body, LocalDate publishedOn) {
    }

    public void edit(NewsText text, Instant now, String actor) {
        this.summary = text.summary();
        this.body = Objects.requireNonNull(text.body(), "body").html();
        this.publishedOn = Objects.requireNonNull(text.publishedOn(), "publishedOn");
        retitle(text.title(), now, actor);
    }

    public String summary() {
        return summary;
    }

    public SafeHtml body() {
        return SafeHtml.trusted(body);
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }
}

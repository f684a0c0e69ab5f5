package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A news item (actualité) of the council. */
@Entity
@Table(name = "news")
public class News implements Publishable {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentStatus status;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected News() {
    }

    public News(UUID id, String slug, NewsText text, Instant now, String actor) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.status = ContentStatus.DRAFT;
        edit(text, now, actor);
    }

    /** What an editor changes in a news item. */
    public record NewsText(String title, String summary, SafeHtml body, LocalDate publishedOn) {
    }

    public void edit(NewsText text, Instant now, String actor) {
        this.title = Objects.requireNonNull(text.title(), "title");
        this.summary = text.summary();
        this.body = Objects.requireNonNull(text.body(), "body").html();
        this.publishedOn = Objects.requireNonNull(text.publishedOn(), "publishedOn");
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    @Override
    public void publish(Instant now, String actor) {
        status = ContentStatus.PUBLISHED;
        updatedAt = now;
        updatedBy = actor;
    }

    @Override
    public void unpublish(Instant now, String actor) {
        status = ContentStatus.DRAFT;
        updatedAt = now;
        updatedBy = actor;
    }

    public UUID id() {
        return id;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public SafeHtml body() {
        return SafeHtml.trusted(body);
    }

    @Override
    public ContentStatus status() {
        return status;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

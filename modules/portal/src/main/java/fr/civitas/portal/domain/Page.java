package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A page of a council's portal. Its body is HTML already cleaned to the portal's allow-list. */
@Entity
@Table(name = "page")
public class Page {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean home;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Page() {
    }

    public Page(UUID id, String slug, String title, String summary, SafeHtml body, boolean home, int position,
                Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = summary;
        this.body = Objects.requireNonNull(body, "body").html();
        this.home = home;
        this.position = position;
        this.published = true;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public SafeHtml body() {
        return SafeHtml.trusted(body);
    }

    public boolean isHome() {
        return home;
    }

    public int position() {
        return position;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

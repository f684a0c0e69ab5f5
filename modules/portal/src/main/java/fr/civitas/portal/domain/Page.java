package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A page of a council's portal. Its body is HTML already cleaned to the portal's allow-list. */
@Entity
@Table(name = "page")
public class Page implements Publishable {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PageKind kind;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Page() {
    }

    public Page(UUID id, String slug, PageText text, boolean home, Instant now, String actor) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.home = home;
        this.status = ContentStatus.DRAFT;
        edit(text, now, actor);
    }

    /** What an editor changes in a page. */
    public record PageText(String title, String summary, SafeHtml body, PageKind kind, int position) {
    }

    public void edit(PageText text, Instant now, String actor) {
        this.title = Objects.requireNonNull(text.title(), "title");
        this.summary = text.summary();
        this.body = Objects.requireNonNull(text.body(), "body").html();
        this.kind = Objects.requireNonNull(text.kind(), "kind");
        this.position = text.position();
        touched(now, actor);
    }

    @Override
    public void publish(Instant now, String actor) {
        status = ContentStatus.PUBLISHED;
        touched(now, actor);
    }

    @Override
    public void unpublish(Instant now, String actor) {
        status = ContentStatus.DRAFT;
        touched(now, actor);
    }

    private void touched(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
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

    public boolean isHome() {
        return home;
    }

    public PageKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }

    @Override
    public ContentStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}

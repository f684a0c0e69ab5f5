package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What pages, news and démarches have in common: an id, a slug for their address, a title, a
 * draft or published status, and who touched them last.
 */
@MappedSuperclass
public abstract class EditorialContent implements Publishable {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** Bumped by every change: an edit made from an older version is refused, not applied over the newer one. */
    @Version
    private long version;

    protected EditorialContent() {
    }

    protected EditorialContent(UUID id, String slug) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.status = ContentStatus.DRAFT;
    }

    protected void retitle(String title, Instant now, String actor) {
        this.title = Objects.requireNonNull(title, "title");
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

    @Override
    public long version() {
        return version;
    }
}

package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A démarche of the council's catalogue: who it is for, how to do it, the documents needed, its
 * cost and delay, and the online procedure where there is one.
 */
@Entity
@Table(name = "demarche")
public class Demarche implements Publishable {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String category;

    private String summary;

    private String audience;

    @Column(nullable = false)
    private String steps;

    @Column(nullable = false)
    private String documents;

    private String cost;

    private String delay;

    @Column(name = "online_url")
    private String onlineUrl;

    @Column(nullable = false)
    private String authority;

    @Column(nullable = false)
    private boolean popular;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Demarche() {
    }

    public Demarche(UUID id, String slug, DemarcheText text, Instant now, String actor) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.status = ContentStatus.DRAFT;
        edit(text, now, actor);
    }

    /** What an editor changes in a démarche. */
    public record DemarcheText(String title, String category, String summary, String audience, SafeHtml steps,
                               List<String> documents, String cost, String delay, String onlineUrl, String authority,
                               boolean popular, int position) {
    }

    public void edit(DemarcheText text, Instant now, String actor) {
        this.title = Objects.requireNonNull(text.title(), "title");
        this.category = Objects.requireNonNull(text.category(), "category");
        this.summary = text.summary();
        this.audience = text.audience();
        this.steps = Objects.requireNonNull(text.steps(), "steps").html();
        this.documents = String.join("\n", text.documents());
        this.cost = text.cost();
        this.delay = text.delay();
        this.onlineUrl = text.onlineUrl();
        this.authority = Objects.requireNonNullElse(text.authority(), "commune");
        this.popular = text.popular();
        this.position = text.position();
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

    public String category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    public String audience() {
        return audience;
    }

    public SafeHtml steps() {
        return SafeHtml.trusted(steps);
    }

    public List<String> documents() {
        return documents.isBlank() ? List.of() : Arrays.stream(documents.split("\n")).toList();
    }

    public String cost() {
        return cost;
    }

    public String delay() {
        return delay;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public String authority() {
        return authority;
    }

    public boolean isPopular() {
        return popular;
    }

    public int position() {
        return position;
    }

    @Override
    public ContentStatus status() {
        return status;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
